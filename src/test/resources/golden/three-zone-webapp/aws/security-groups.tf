# Security groups made by Zonewright from the design "Three-zone web application". Export again rather than edit.
# Each connection is an ingress rule on its destination's group and an egress rule on its source's.
# Security groups do not filter the instance metadata service (169.254.169.254): require IMDSv2
# (metadata_options { http_tokens = "required" }) and let the host firewall close it.

# Caddy (caddy), zone Public
resource "aws_security_group" "caddy" {
  name        = "zw-caddy"
  description = "Zonewright: Caddy (caddy)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "sg-caddy"
    "zonewright:service" = "caddy"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
resource "aws_vpc_security_group_ingress_rule" "caddy_in_prometheus_9090_tcp" {
  security_group_id            = aws_security_group.caddy.id
  referenced_security_group_id = aws_security_group.prometheus.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# Load balancer (lb), zone Public
resource "aws_security_group" "lb" {
  name        = "zw-lb"
  description = "Zonewright: Load balancer (lb)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "sg-lb"
    "zonewright:service" = "lb"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
resource "aws_vpc_security_group_ingress_rule" "lb_in_prometheus_9090_tcp" {
  security_group_id            = aws_security_group.lb.id
  referenced_security_group_id = aws_security_group.prometheus.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# zone:internet->lb:80/tcp: Zone Internet -> Load balancer, 80/tcp, HTTP from the internet, redirected to HTTPS
resource "aws_vpc_security_group_ingress_rule" "lb_in_0_0_0_0_0_80_tcp" {
  security_group_id = aws_security_group.lb.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  description       = "zone:internet to lb:80/tcp"

  tags = {
    "zonewright:connection" = "zone:internet->lb:80/tcp"
  }
}

# zone:internet->lb:443/tcp: Zone Internet -> Load balancer, 443/tcp, HTTPS from the internet
resource "aws_vpc_security_group_ingress_rule" "lb_in_0_0_0_0_0_443_tcp" {
  security_group_id = aws_security_group.lb.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  description       = "zone:internet to lb:443/tcp"

  tags = {
    "zonewright:connection" = "zone:internet->lb:443/tcp"
  }
}

# lb->api:8080/tcp: Load balancer -> API server, 8080/tcp, HTTP reverse proxy
resource "aws_vpc_security_group_egress_rule" "lb_out_api_8080_tcp" {
  security_group_id            = aws_security_group.lb.id
  referenced_security_group_id = aws_security_group.api.id
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  description                  = "lb to api:8080/tcp"

  tags = {
    "zonewright:connection" = "lb->api:8080/tcp"
  }
}

# API server (api), zone Application
resource "aws_security_group" "api" {
  name        = "zw-api"
  description = "Zonewright: API server (api)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "sg-api"
    "zonewright:service" = "api"
  }
}

# lb->api:8080/tcp: Load balancer -> API server, 8080/tcp, HTTP reverse proxy
resource "aws_vpc_security_group_ingress_rule" "api_in_lb_8080_tcp" {
  security_group_id            = aws_security_group.api.id
  referenced_security_group_id = aws_security_group.lb.id
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  description                  = "lb to api:8080/tcp"

  tags = {
    "zonewright:connection" = "lb->api:8080/tcp"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
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

# api->postgres:5432/tcp: API server -> PostgreSQL, 5432/tcp, Application database
resource "aws_vpc_security_group_egress_rule" "api_out_postgres_5432_tcp" {
  security_group_id            = aws_security_group.api.id
  referenced_security_group_id = aws_security_group.postgres.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  description                  = "api to postgres:5432/tcp"

  tags = {
    "zonewright:connection" = "api->postgres:5432/tcp"
  }
}

# api->redis:6379/tcp: API server -> Redis, 6379/tcp, Session cache
resource "aws_vpc_security_group_egress_rule" "api_out_redis_6379_tcp" {
  security_group_id            = aws_security_group.api.id
  referenced_security_group_id = aws_security_group.redis.id
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  description                  = "api to redis:6379/tcp"

  tags = {
    "zonewright:connection" = "api->redis:6379/tcp"
  }
}

# Background worker (worker), zone Application
resource "aws_security_group" "worker" {
  name        = "zw-worker"
  description = "Zonewright: Background worker (worker)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "sg-worker"
    "zonewright:service" = "worker"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
resource "aws_vpc_security_group_ingress_rule" "worker_in_prometheus_9090_tcp" {
  security_group_id            = aws_security_group.worker.id
  referenced_security_group_id = aws_security_group.prometheus.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# PostgreSQL (postgres), zone Data
resource "aws_security_group" "postgres" {
  name        = "zw-postgres"
  description = "Zonewright: PostgreSQL (postgres)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "sg-postgres"
    "zonewright:service" = "postgres"
  }
}

# api->postgres:5432/tcp: API server -> PostgreSQL, 5432/tcp, Application database
resource "aws_vpc_security_group_ingress_rule" "postgres_in_api_5432_tcp" {
  security_group_id            = aws_security_group.postgres.id
  referenced_security_group_id = aws_security_group.api.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  description                  = "api to postgres:5432/tcp"

  tags = {
    "zonewright:connection" = "api->postgres:5432/tcp"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
resource "aws_vpc_security_group_ingress_rule" "postgres_in_prometheus_9090_tcp" {
  security_group_id            = aws_security_group.postgres.id
  referenced_security_group_id = aws_security_group.prometheus.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# Redis (redis), zone Data
resource "aws_security_group" "redis" {
  name        = "zw-redis"
  description = "Zonewright: Redis (redis)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "sg-redis"
    "zonewright:service" = "redis"
  }
}

# api->redis:6379/tcp: API server -> Redis, 6379/tcp, Session cache
resource "aws_vpc_security_group_ingress_rule" "redis_in_api_6379_tcp" {
  security_group_id            = aws_security_group.redis.id
  referenced_security_group_id = aws_security_group.api.id
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  description                  = "api to redis:6379/tcp"

  tags = {
    "zonewright:connection" = "api->redis:6379/tcp"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
resource "aws_vpc_security_group_ingress_rule" "redis_in_prometheus_9090_tcp" {
  security_group_id            = aws_security_group.redis.id
  referenced_security_group_id = aws_security_group.prometheus.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# Bastion (bastion), zone Management
resource "aws_security_group" "bastion" {
  name        = "zw-bastion"
  description = "Zonewright: Bastion (bastion)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "sg-bastion"
    "zonewright:service" = "bastion"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
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

# Fluent Bit (fluent-bit), zone Management
resource "aws_security_group" "fluent-bit" {
  name        = "zw-fluent-bit"
  description = "Zonewright: Fluent Bit (fluent-bit)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "sg-fluent-bit"
    "zonewright:service" = "fluent-bit"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
resource "aws_vpc_security_group_ingress_rule" "fluent-bit_in_prometheus_9090_tcp" {
  security_group_id            = aws_security_group.fluent-bit.id
  referenced_security_group_id = aws_security_group.prometheus.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# fluent-bit->loki:3100/tcp: Fluent Bit -> Loki, 3100/tcp, Log shipping
resource "aws_vpc_security_group_egress_rule" "fluent-bit_out_loki_3100_tcp" {
  security_group_id            = aws_security_group.fluent-bit.id
  referenced_security_group_id = aws_security_group.loki.id
  ip_protocol                  = "tcp"
  from_port                    = 3100
  to_port                      = 3100
  description                  = "fluent-bit to loki:3100/tcp"

  tags = {
    "zonewright:connection" = "fluent-bit->loki:3100/tcp"
  }
}

# Loki (loki), zone Management
resource "aws_security_group" "loki" {
  name        = "zw-loki"
  description = "Zonewright: Loki (loki)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "sg-loki"
    "zonewright:service" = "loki"
  }
}

# fluent-bit->loki:3100/tcp: Fluent Bit -> Loki, 3100/tcp, Log shipping
resource "aws_vpc_security_group_ingress_rule" "loki_in_fluent-bit_3100_tcp" {
  security_group_id            = aws_security_group.loki.id
  referenced_security_group_id = aws_security_group.fluent-bit.id
  ip_protocol                  = "tcp"
  from_port                    = 3100
  to_port                      = 3100
  description                  = "fluent-bit to loki:3100/tcp"

  tags = {
    "zonewright:connection" = "fluent-bit->loki:3100/tcp"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
resource "aws_vpc_security_group_ingress_rule" "loki_in_prometheus_9090_tcp" {
  security_group_id            = aws_security_group.loki.id
  referenced_security_group_id = aws_security_group.prometheus.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# Prometheus (prometheus), zone Management
resource "aws_security_group" "prometheus" {
  name        = "zw-prometheus"
  description = "Zonewright: Prometheus (prometheus)"
  vpc_id      = var.vpc_id

  tags = {
    Name                 = "sg-prometheus"
    "zonewright:service" = "prometheus"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
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

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
resource "aws_vpc_security_group_egress_rule" "prometheus_out_caddy_9090_tcp" {
  security_group_id            = aws_security_group.prometheus.id
  referenced_security_group_id = aws_security_group.caddy.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
resource "aws_vpc_security_group_egress_rule" "prometheus_out_lb_9090_tcp" {
  security_group_id            = aws_security_group.prometheus.id
  referenced_security_group_id = aws_security_group.lb.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
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

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
resource "aws_vpc_security_group_egress_rule" "prometheus_out_worker_9090_tcp" {
  security_group_id            = aws_security_group.prometheus.id
  referenced_security_group_id = aws_security_group.worker.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
resource "aws_vpc_security_group_egress_rule" "prometheus_out_postgres_9090_tcp" {
  security_group_id            = aws_security_group.prometheus.id
  referenced_security_group_id = aws_security_group.postgres.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
resource "aws_vpc_security_group_egress_rule" "prometheus_out_redis_9090_tcp" {
  security_group_id            = aws_security_group.prometheus.id
  referenced_security_group_id = aws_security_group.redis.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
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

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
resource "aws_vpc_security_group_egress_rule" "prometheus_out_fluent-bit_9090_tcp" {
  security_group_id            = aws_security_group.prometheus.id
  referenced_security_group_id = aws_security_group.fluent-bit.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
resource "aws_vpc_security_group_egress_rule" "prometheus_out_loki_9090_tcp" {
  security_group_id            = aws_security_group.prometheus.id
  referenced_security_group_id = aws_security_group.loki.id
  ip_protocol                  = "tcp"
  from_port                    = 9090
  to_port                      = 9090
  description                  = "metrics-scraping"

  tags = {
    "zonewright:connection" = "metrics-scraping"
  }
}

# metrics-scraping: Prometheus -> All services, 9090/tcp, Metrics scraping
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
