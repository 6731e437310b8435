package lab.spectra.desktop.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;

/** The links to the lab's records in a Markdown text, in the order they appear. */
final class RecordLinks {

    private static final Parser PARSER = Parser.builder().build();

    private RecordLinks() {}

    static List<RecordLink> in(String markdown) {
        List<RecordLink> links = new ArrayList<>();
        PARSER.parse(markdown == null ? "" : markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                RecordLink.parse(link.getDestination()).ifPresent(links::add);
                visitChildren(link);
            }
        });
        return links;
    }

    static List<UUID> ids(List<RecordLink> links, RecordLink.Kind kind) {
        return links.stream()
                .filter(link -> link.kind() == kind)
                .map(RecordLink::id)
                .distinct()
                .toList();
    }
}
