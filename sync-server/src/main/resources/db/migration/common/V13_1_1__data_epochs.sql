-- The data's epochs: one row per life of the data, a new one each time the lab declares a restore
-- from a backup (the server's `restore` command, run as the owner with every instance stopped).
-- Every answer names the newest (Spectra-Data-Epoch), so a bench that synced with the data as it
-- was before the restore notices and sends again what the restored data lacks (ADR 0040).
-- Written by the owner only; the application reads it.
CREATE TABLE data_epochs (
    epoch_id UUID PRIMARY KEY,
    began_at TIMESTAMP WITH TIME ZONE NOT NULL,
    why VARCHAR(2000) NOT NULL
);
CREATE INDEX idx_data_epochs_began ON data_epochs (began_at);
