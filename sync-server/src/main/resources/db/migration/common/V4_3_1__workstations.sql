-- The benches an organization's people work on, as the server meets them (issue 13): which PC
-- it is, when it last made contact, who signed in there, and whether an admin revoked it (a lost
-- or stolen PC). A revoked bench is never forgotten: its row keeps the revocation, so every later
-- request naming it is refused and the bench wipes itself (ADR 0015).
CREATE TABLE workstations (
    organization_id UUID NOT NULL REFERENCES organizations (id),
    workstation_id UUID NOT NULL,
    name VARCHAR(100) NOT NULL,
    first_contact_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_contact_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE,
    revoked_by UUID REFERENCES users (id),
    revoked_reason VARCHAR(500),
    PRIMARY KEY (organization_id, workstation_id)
);

-- Who made contact from which bench, and when last: the people an admin asks about when a PC is
-- lost.
CREATE TABLE workstation_people (
    organization_id UUID NOT NULL,
    workstation_id UUID NOT NULL,
    user_id UUID NOT NULL REFERENCES users (id),
    last_contact_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organization_id, workstation_id, user_id),
    FOREIGN KEY (organization_id, workstation_id) REFERENCES workstations (organization_id, workstation_id)
);
