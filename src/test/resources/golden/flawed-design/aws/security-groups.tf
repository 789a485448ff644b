# Security groups made by Zonewright from the design "Flawed design". Export again rather than edit.
# Each connection is an ingress rule on its destination's group and an egress rule on its source's.
# Security groups do not filter the instance metadata service (169.254.169.254): require IMDSv2
# (metadata_options { http_tokens = "required" }) and let the host firewall close it.

# Admin portal (admin-portal), zone DMZ
resource "aws_security_group" "admin-portal" {
  name        = "zw-admin-portal"
  description = "Zonewright: Admin portal (admin-portal)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "zw-admin-portal"
    "zonewright:service" = "admin-portal"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_ingress_rule" "admin-portal_in_prometheus_9090_tcp" {
  security_group_id            = aws_security_group.admin-portal.id
  referenced_security_group_id = aws_security_group.prometheus.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# internet-to-admin: Zone Internet -> Admin portal, 8080/tcp, Admin portal on a non-web port (ZW103)
resource "aws_vpc_security_group_ingress_rule" "admin-portal_in_0_0_0_0_0_8080_tcp" {
  security_group_id = aws_security_group.admin-portal.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 8080
  to_port           = 8080
  description       = "internet-to-admin"

  tags = {
    "zonewright:connection" = "internet-to-admin"
  }
}

# Web load balancer (web-lb), zone DMZ
resource "aws_security_group" "web-lb" {
  name        = "zw-web-lb"
  description = "Zonewright: Web load balancer (web-lb)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "zw-web-lb"
    "zonewright:service" = "web-lb"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_ingress_rule" "web-lb_in_prometheus_9090_tcp" {
  security_group_id            = aws_security_group.web-lb.id
  referenced_security_group_id = aws_security_group.prometheus.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# zone:internet->web-lb:443/tcp: Zone Internet -> Web load balancer, 443/tcp, Public HTTPS
resource "aws_vpc_security_group_ingress_rule" "web-lb_in_0_0_0_0_0_443_tcp" {
  security_group_id = aws_security_group.web-lb.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  description       = "zone:internet to web-lb:443/tcp"

  tags = {
    "zonewright:connection" = "zone:internet->web-lb:443/tcp"
  }
}

# web-lb->api:8080/tcp: Web load balancer -> API, 8080/tcp, Reverse proxy
resource "aws_vpc_security_group_egress_rule" "web-lb_out_api_8080_tcp" {
  security_group_id            = aws_security_group.web-lb.id
  referenced_security_group_id = aws_security_group.api.id
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  description                  = "web-lb to api:8080/tcp"

  tags = {
    "zonewright:connection" = "web-lb->api:8080/tcp"
  }
}

# lb-to-db: Web load balancer -> Customer database, 5432/tcp, Reporting shortcut (ZW102)
resource "aws_vpc_security_group_egress_rule" "web-lb_out_db_5432_tcp" {
  security_group_id            = aws_security_group.web-lb.id
  referenced_security_group_id = aws_security_group.db.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  description                  = "lb-to-db"

  tags = {
    "zonewright:connection" = "lb-to-db"
  }
}

# API (api), zone Application
resource "aws_security_group" "api" {
  name        = "zw-api"
  description = "Zonewright: API (api)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "zw-api"
    "zonewright:service" = "api"
  }
}

# db-callback: Customer database -> API, 8080/tcp, Trigger callback (ZW112)
resource "aws_vpc_security_group_ingress_rule" "api_in_db_8080_tcp" {
  security_group_id            = aws_security_group.api.id
  referenced_security_group_id = aws_security_group.db.id
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  description                  = "db-callback"

  tags = {
    "zonewright:connection" = "db-callback"
  }
}

# legacy-any: Legacy billing -> API, any, Legacy integration on any port (ZW107)
resource "aws_vpc_security_group_ingress_rule" "api_in_legacy_any" {
  security_group_id            = aws_security_group.api.id
  referenced_security_group_id = aws_security_group.legacy.id
  ip_protocol                  = "-1"
  description                  = "legacy-any"

  tags = {
    "zonewright:connection" = "legacy-any"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_ingress_rule" "api_in_prometheus_9090_tcp" {
  security_group_id            = aws_security_group.api.id
  referenced_security_group_id = aws_security_group.prometheus.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# web-lb->api:8080/tcp: Web load balancer -> API, 8080/tcp, Reverse proxy
resource "aws_vpc_security_group_ingress_rule" "api_in_web-lb_8080_tcp" {
  security_group_id            = aws_security_group.api.id
  referenced_security_group_id = aws_security_group.web-lb.id
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  description                  = "web-lb to api:8080/tcp"

  tags = {
    "zonewright:connection" = "web-lb->api:8080/tcp"
  }
}

# internet-to-api: Zone Internet -> API, 8443/tcp, Partner API (ZW103 exposure and ZW101 crossing)
resource "aws_vpc_security_group_ingress_rule" "api_in_0_0_0_0_0_8443_tcp" {
  security_group_id = aws_security_group.api.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 8443
  to_port           = 8443
  description       = "internet-to-api"

  tags = {
    "zonewright:connection" = "internet-to-api"
  }
}

# api-to-anywhere: API -> 0.0.0.0/0, 443/tcp, Calls whatever it is configured to (ZW114 as anywhere covers the metadata service)
resource "aws_vpc_security_group_egress_rule" "api_out_0_0_0_0_0_443_tcp" {
  security_group_id = aws_security_group.api.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  description       = "api-to-anywhere"

  tags = {
    "zonewright:connection" = "api-to-anywhere"
  }
}

# api-to-cache: API -> Cache, 6379/tcp, Sessions (ZW111 as app-to-cache covers it)
resource "aws_vpc_security_group_egress_rule" "api_out_cache_6379_tcp" {
  security_group_id            = aws_security_group.api.id
  referenced_security_group_id = aws_security_group.cache.id
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  description                  = "api-to-cache"

  tags = {
    "zonewright:connection" = "api-to-cache"
  }
}

# api->db:5432/tcp: API -> Customer database, 5432/tcp, Application database (ZW109 without auth)
resource "aws_vpc_security_group_egress_rule" "api_out_db_5432_tcp" {
  security_group_id            = aws_security_group.api.id
  referenced_security_group_id = aws_security_group.db.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  description                  = "api to db:5432/tcp"

  tags = {
    "zonewright:connection" = "api->db:5432/tcp"
  }
}

# api-ssh-legacy: API -> Legacy billing, 22/tcp
resource "aws_vpc_security_group_egress_rule" "api_out_legacy_22_tcp" {
  security_group_id            = aws_security_group.api.id
  referenced_security_group_id = aws_security_group.legacy.id
  ip_protocol                  = "tcp"
  from_port                    = 22
  to_port                      = 22
  description                  = "api-ssh-legacy"

  tags = {
    "zonewright:connection" = "api-ssh-legacy"
  }
}

# api-to-worker: API -> Report worker, 9000/tcp, Trigger reports over HTTP (ZW106)
resource "aws_vpc_security_group_egress_rule" "api_out_report-worker_9000_tcp" {
  security_group_id            = aws_security_group.api.id
  referenced_security_group_id = aws_security_group.report-worker.id
  ip_protocol                  = "tcp"
  from_port                    = 9000
  to_port                      = 9000
  description                  = "api-to-worker"

  tags = {
    "zonewright:connection" = "api-to-worker"
  }
}

# app-to-cache: Zone Application -> Cache, 6379/tcp, Shared cache for the whole zone (ZW105)
resource "aws_vpc_security_group_egress_rule" "api_out_cache_6379_tcp_2" {
  security_group_id            = aws_security_group.api.id
  referenced_security_group_id = aws_security_group.cache.id
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  description                  = "app-to-cache"

  tags = {
    "zonewright:connection" = "app-to-cache"
  }
}

# Legacy billing (legacy), zone Application
resource "aws_security_group" "legacy" {
  name        = "zw-legacy"
  description = "Zonewright: Legacy billing (legacy)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "zw-legacy"
    "zonewright:service" = "legacy"
  }
}

# api-ssh-legacy: API -> Legacy billing, 22/tcp
resource "aws_vpc_security_group_ingress_rule" "legacy_in_api_22_tcp" {
  security_group_id            = aws_security_group.legacy.id
  referenced_security_group_id = aws_security_group.api.id
  ip_protocol                  = "tcp"
  from_port                    = 22
  to_port                      = 22
  description                  = "api-ssh-legacy"

  tags = {
    "zonewright:connection" = "api-ssh-legacy"
  }
}

# bastion->legacy:22/tcp: Bastion -> Legacy billing, 22/tcp, Administration
resource "aws_vpc_security_group_ingress_rule" "legacy_in_bastion_22_tcp" {
  security_group_id            = aws_security_group.legacy.id
  referenced_security_group_id = aws_security_group.bastion.id
  ip_protocol                  = "tcp"
  from_port                    = 22
  to_port                      = 22
  description                  = "bastion to legacy:22/tcp"

  tags = {
    "zonewright:connection" = "bastion->legacy:22/tcp"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_ingress_rule" "legacy_in_prometheus_9090_tcp" {
  security_group_id            = aws_security_group.legacy.id
  referenced_security_group_id = aws_security_group.prometheus.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# legacy-any: Legacy billing -> API, any, Legacy integration on any port (ZW107)
resource "aws_vpc_security_group_egress_rule" "legacy_out_api_any" {
  security_group_id            = aws_security_group.legacy.id
  referenced_security_group_id = aws_security_group.api.id
  ip_protocol                  = "-1"
  description                  = "legacy-any"

  tags = {
    "zonewright:connection" = "legacy-any"
  }
}

# app-to-cache: Zone Application -> Cache, 6379/tcp, Shared cache for the whole zone (ZW105)
resource "aws_vpc_security_group_egress_rule" "legacy_out_cache_6379_tcp" {
  security_group_id            = aws_security_group.legacy.id
  referenced_security_group_id = aws_security_group.cache.id
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  description                  = "app-to-cache"

  tags = {
    "zonewright:connection" = "app-to-cache"
  }
}

# Report worker (report-worker), zone Application
resource "aws_security_group" "report-worker" {
  name        = "zw-report-worker"
  description = "Zonewright: Report worker (report-worker)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "zw-report-worker"
    "zonewright:service" = "report-worker"
  }
}

# api-to-worker: API -> Report worker, 9000/tcp, Trigger reports over HTTP (ZW106)
resource "aws_vpc_security_group_ingress_rule" "report-worker_in_api_9000_tcp" {
  security_group_id            = aws_security_group.report-worker.id
  referenced_security_group_id = aws_security_group.api.id
  ip_protocol                  = "tcp"
  from_port                    = 9000
  to_port                      = 9000
  description                  = "api-to-worker"

  tags = {
    "zonewright:connection" = "api-to-worker"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_ingress_rule" "report-worker_in_prometheus_9090_tcp" {
  security_group_id            = aws_security_group.report-worker.id
  referenced_security_group_id = aws_security_group.prometheus.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# app-to-cache: Zone Application -> Cache, 6379/tcp, Shared cache for the whole zone (ZW105)
resource "aws_vpc_security_group_egress_rule" "report-worker_out_cache_6379_tcp" {
  security_group_id            = aws_security_group.report-worker.id
  referenced_security_group_id = aws_security_group.cache.id
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  description                  = "app-to-cache"

  tags = {
    "zonewright:connection" = "app-to-cache"
  }
}

# Cache (cache), zone Data
resource "aws_security_group" "cache" {
  name        = "zw-cache"
  description = "Zonewright: Cache (cache)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "zw-cache"
    "zonewright:service" = "cache"
  }
}

# api-to-cache: API -> Cache, 6379/tcp, Sessions (ZW111 as app-to-cache covers it)
resource "aws_vpc_security_group_ingress_rule" "cache_in_api_6379_tcp" {
  security_group_id            = aws_security_group.cache.id
  referenced_security_group_id = aws_security_group.api.id
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  description                  = "api-to-cache"

  tags = {
    "zonewright:connection" = "api-to-cache"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_ingress_rule" "cache_in_prometheus_9090_tcp" {
  security_group_id            = aws_security_group.cache.id
  referenced_security_group_id = aws_security_group.prometheus.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# app-to-cache: Zone Application -> Cache, 6379/tcp, Shared cache for the whole zone (ZW105)
resource "aws_vpc_security_group_ingress_rule" "cache_in_10_1_2_0_24_6379_tcp" {
  security_group_id = aws_security_group.cache.id
  cidr_ipv4         = "10.1.2.0/24"
  ip_protocol       = "tcp"
  from_port         = 6379
  to_port           = 6379
  description       = "app-to-cache"

  tags = {
    "zonewright:connection" = "app-to-cache"
  }
}

# Customer database (db), zone Data
resource "aws_security_group" "db" {
  name        = "zw-db"
  description = "Zonewright: Customer database (db)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "zw-db"
    "zonewright:service" = "db"
  }
}

# api->db:5432/tcp: API -> Customer database, 5432/tcp, Application database (ZW109 without auth)
resource "aws_vpc_security_group_ingress_rule" "db_in_api_5432_tcp" {
  security_group_id            = aws_security_group.db.id
  referenced_security_group_id = aws_security_group.api.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  description                  = "api to db:5432/tcp"

  tags = {
    "zonewright:connection" = "api->db:5432/tcp"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_ingress_rule" "db_in_prometheus_9090_tcp" {
  security_group_id            = aws_security_group.db.id
  referenced_security_group_id = aws_security_group.prometheus.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# lb-to-db: Web load balancer -> Customer database, 5432/tcp, Reporting shortcut (ZW102)
resource "aws_vpc_security_group_ingress_rule" "db_in_web-lb_5432_tcp" {
  security_group_id            = aws_security_group.db.id
  referenced_security_group_id = aws_security_group.web-lb.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  description                  = "lb-to-db"

  tags = {
    "zonewright:connection" = "lb-to-db"
  }
}

# db-callback: Customer database -> API, 8080/tcp, Trigger callback (ZW112)
resource "aws_vpc_security_group_egress_rule" "db_out_api_8080_tcp" {
  security_group_id            = aws_security_group.db.id
  referenced_security_group_id = aws_security_group.api.id
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  description                  = "db-callback"

  tags = {
    "zonewright:connection" = "db-callback"
  }
}

# Bastion (bastion), zone Operations
resource "aws_security_group" "bastion" {
  name        = "zw-bastion"
  description = "Zonewright: Bastion (bastion)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "zw-bastion"
    "zonewright:service" = "bastion"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_ingress_rule" "bastion_in_prometheus_9090_tcp" {
  security_group_id            = aws_security_group.bastion.id
  referenced_security_group_id = aws_security_group.prometheus.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# bastion->legacy:22/tcp: Bastion -> Legacy billing, 22/tcp, Administration
resource "aws_vpc_security_group_egress_rule" "bastion_out_legacy_22_tcp" {
  security_group_id            = aws_security_group.bastion.id
  referenced_security_group_id = aws_security_group.legacy.id
  ip_protocol                  = "tcp"
  from_port                    = 22
  to_port                      = 22
  description                  = "bastion to legacy:22/tcp"

  tags = {
    "zonewright:connection" = "bastion->legacy:22/tcp"
  }
}

# Prometheus (prometheus), zone Operations
resource "aws_security_group" "prometheus" {
  name        = "zw-prometheus"
  description = "Zonewright: Prometheus (prometheus)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "zw-prometheus"
    "zonewright:service" = "prometheus"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_ingress_rule" "prometheus_in_prometheus_9090_tcp" {
  security_group_id            = aws_security_group.prometheus.id
  referenced_security_group_id = aws_security_group.prometheus.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_egress_rule" "prometheus_out_admin-portal_9090_tcp" {
  security_group_id            = aws_security_group.prometheus.id
  referenced_security_group_id = aws_security_group.admin-portal.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_egress_rule" "prometheus_out_web-lb_9090_tcp" {
  security_group_id            = aws_security_group.prometheus.id
  referenced_security_group_id = aws_security_group.web-lb.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_egress_rule" "prometheus_out_api_9090_tcp" {
  security_group_id            = aws_security_group.prometheus.id
  referenced_security_group_id = aws_security_group.api.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_egress_rule" "prometheus_out_legacy_9090_tcp" {
  security_group_id            = aws_security_group.prometheus.id
  referenced_security_group_id = aws_security_group.legacy.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_egress_rule" "prometheus_out_report-worker_9090_tcp" {
  security_group_id            = aws_security_group.prometheus.id
  referenced_security_group_id = aws_security_group.report-worker.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_egress_rule" "prometheus_out_cache_9090_tcp" {
  security_group_id            = aws_security_group.prometheus.id
  referenced_security_group_id = aws_security_group.cache.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_egress_rule" "prometheus_out_db_9090_tcp" {
  security_group_id            = aws_security_group.prometheus.id
  referenced_security_group_id = aws_security_group.db.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_egress_rule" "prometheus_out_bastion_9090_tcp" {
  security_group_id            = aws_security_group.prometheus.id
  referenced_security_group_id = aws_security_group.bastion.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping (ZW113 whose waiver expired)
resource "aws_vpc_security_group_egress_rule" "prometheus_out_prometheus_9090_tcp" {
  security_group_id            = aws_security_group.prometheus.id
  referenced_security_group_id = aws_security_group.prometheus.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}
