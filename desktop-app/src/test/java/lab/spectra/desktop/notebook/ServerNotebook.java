package lab.spectra.desktop.notebook;

import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.eln.EditElnEntry;
import lab.spectra.model.eln.SignElnEntry;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.eln.SignedContent;
import lab.spectra.model.eln.WriteElnEntry;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.server.testing.ServerLab;

/** Notebook entries written, changed and signed on the server, as other people's benches would. */
final class ServerNotebook {

    private final ServerLab lab = SyncTestbed.get().lab;
    private final ServerLab.Org org;

    ServerNotebook(ServerLab.Org org) {
        this.org = org;
    }

    UUID write(Actor author, String title, String body) {
        UUID id = Ids.newId();
        ServerLab.expectApplied(
                lab.run(new WriteElnEntry(lab.meta(author), id, title, body, List.of(), List.of()), author));
        return id;
    }

    void rewrite(Actor editor, UUID entry, String from, String to) {
        ServerLab.expectApplied(
                lab.run(new EditElnEntry(lab.meta(editor), entry, null, new FieldChange<>(from, to)), editor));
    }

    void sign(Actor signer, UUID entry, SignatureMeaning meaning) {
        String hash = lab.database.inTenant(
                org.id(),
                connection -> SignedContent.sha256(new JdbcDomainState(connection, org.id(), lab.mapper)
                        .elnEntry(entry)
                        .orElseThrow()));
        ServerLab.expectApplied(lab.run(new SignElnEntry(lab.meta(signer), Ids.newId(), entry, meaning, hash), signer));
    }
}
