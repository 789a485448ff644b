package io.zonewright.io;

import io.zonewright.Designs;
import io.zonewright.layout.IconLibrary;
import io.zonewright.export.docs.SvgExport;
import io.zonewright.model.Topology;
import io.zonewright.edit.TopologyEdits;
import io.zonewright.model.Service;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgExportTest {

    @Test
    void isWellFormedAndKeepsHostileNamesInsideTheirElements() throws Exception {
        Topology article = Designs.load(Designs.ARTICLE);
        Service api = article.service("api");
        Topology hostile = TopologyEdits.replaceService(article, "api", new Service(api.id(),
                "</text><script>alert(1)</script> & \"x\"", api.zone(), api.kind(), api.listens(), api.addresses(),
                api.deployment(), api.location()));
        String svg = SvgExport.render(hostile, IconLibrary::pathData);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals(0, doc.getElementsByTagName("script").getLength());
        assertTrue(svg.contains("&lt;/text&gt;&lt;script&gt;"), svg);
        assertEquals(10, countGroups(doc), "one group per service");
        assertEquals(article.connections().size(), doc.getElementsByTagName("polyline").getLength(),
                "one routed arrow per connection");
        assertTrue(svg.contains("ports are TCP unless marked"), "the legend says what a bare port means");
    }

    private static int countGroups(Document doc) {
        int groups = 0;
        for (int i = 0; i < doc.getElementsByTagName("g").getLength(); i++) {
            groups += ((org.w3c.dom.Element) doc.getElementsByTagName("g").item(i)).hasAttribute("transform") ? 1 : 0;
        }
        return groups;
    }
}
