package io.zonewright.export.view;

import io.zonewright.Designs;
import io.zonewright.export.Exported;
import io.zonewright.export.Target;
import io.zonewright.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratedTest {

    private static final Topology ARTICLE = Designs.load(Designs.ARTICLE);
    private static final Topology SHOP = Designs.load(Designs.SHOP);

    private static Exported exported(Topology t) {
        return Exported.of(t, Target.NFTABLES, Target.IPTABLES, Target.KUBERNETES, Target.AWS);
    }

    @Test
    void aServiceShowsItsRulesetsPolicyAndSecurityGroup() {
        Map<Target, String> api = Generated.forService(exported(ARTICLE).outputs(), ARTICLE, ARTICLE.service("api"));
        assertEquals(exported(ARTICLE).file("nftables/api.nft"), api.get(Target.NFTABLES));
        assertTrue(api.get(Target.IPTABLES).contains("*filter") && api.get(Target.IPTABLES).contains("ip6tables-restore"));
        assertEquals("# No NetworkPolicy: the service does not run in Kubernetes.\n", api.get(Target.KUBERNETES));
        String aws = api.get(Target.AWS);
        assertTrue(aws.contains("resource \"aws_security_group\" \"api\""), aws);
        assertTrue(aws.contains("resource \"aws_vpc_security_group_ingress_rule\" \"api_in_lb_8080_tcp\""));
        assertFalse(aws.contains("resource \"aws_security_group\" \"lb\""), "only the service's own group and rules");
        Map<Target, String> cart = Generated.forService(exported(SHOP).outputs(), SHOP, SHOP.service("cart"));
        assertTrue(cart.get(Target.KUBERNETES).startsWith("apiVersion: networking.k8s.io/v1"), cart.get(Target.KUBERNETES));
        assertTrue(cart.get(Target.KUBERNETES).contains("name: zw-cart"));
        assertTrue(cart.get(Target.NFTABLES).startsWith("# No host firewall: the service has no addresses."));
    }

    @Test
    void aConnectionShowsEveryRuleThatCarriesItsId() {
        Map<Target, String> lbToApi = Generated.forConnection(exported(ARTICLE).outputs(), ARTICLE.connection("lb->api:8080/tcp"));
        String nft = lbToApi.get(Target.NFTABLES);
        assertTrue(nft.contains("# nftables/lb.nft\n10.0.2.10 . 8080 comment \"lb->api:8080/tcp\""), nft);
        assertTrue(nft.contains("# nftables/api.nft\n10.0.1.10 . 8080 comment \"lb->api:8080/tcp\""), nft);
        String ipt = lbToApi.get(Target.IPTABLES);
        assertTrue(ipt.contains("-A OUTPUT -d 10.0.2.10/32 -p tcp -m tcp --dport 8080 -m comment --comment \"lb->api:8080/tcp\" -j ACCEPT"), ipt);
        assertTrue(lbToApi.get(Target.AWS).contains("lb_out_api_8080_tcp") && lbToApi.get(Target.AWS).contains("api_in_lb_8080_tcp"));
        assertTrue(lbToApi.get(Target.KUBERNETES).startsWith("# Nothing"));
        Map<Target, String> shop = Generated.forConnection(exported(SHOP).outputs(), SHOP.connection("frontend->cart:7070/tcp"));
        String k8s = shop.get(Target.KUBERNETES);
        assertTrue(k8s.contains("# shop/zw-cart, ingress rule 1\n") && k8s.contains("# shop/zw-frontend, egress rule "), k8s);
        assertTrue(k8s.contains("app: frontend") && k8s.contains("port: 7070"));
    }

    @Test
    void whatATargetCouldNotExpressIsSaidFirst() {
        Topology t = Designs.parse(Designs.ZONES + """
                services:
                  - {id: api, zone: app, kind: api}
                  - {id: db, zone: data, kind: database, addresses: [10.0.3.10]}
                connections:
                  - {from: api, to: db, port: 5432/tcp}
                """);
        Map<Target, String> c = Generated.forConnection(exported(t).outputs(), t.connection("api->db:5432/tcp"));
        assertTrue(c.get(Target.NFTABLES).startsWith("# NOT ENFORCED in the input of db: service api has no addresses\n"),
                c.get(Target.NFTABLES));
    }
}
