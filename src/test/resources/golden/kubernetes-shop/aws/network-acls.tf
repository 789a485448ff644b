# Network ACLs made by Zonewright from the zone policy of "Kubernetes microservices shop". Export again rather than edit.
# Stateless: each allowed crossing also opens its return traffic on ports 1024-65535.
# ACLs do not filter Amazon DNS, DHCP, the metadata service or the time service.

# Zone Edge (edge)
resource "aws_network_acl" "edge" {
  vpc_id     = var.vpc_id
  subnet_ids = [var.subnet_ids["edge"]]

  tags = {
    Name              = "zw-edge"
    "zonewright:zone" = "edge"
  }
}

# within zone edge
resource "aws_network_acl_rule" "edge_in_100" {
  network_acl_id = aws_network_acl.edge.id
  rule_number    = 100
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.0.0/24"
  protocol       = "-1"
}

# within zone edge
resource "aws_network_acl_rule" "edge_out_100" {
  network_acl_id = aws_network_acl.edge.id
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.0.0/24"
  protocol       = "-1"
}

# policy edge->shop, 8080/tcp
resource "aws_network_acl_rule" "edge_out_110" {
  network_acl_id = aws_network_acl.edge.id
  rule_number    = 110
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.1.0/24"
  protocol       = "tcp"
  from_port      = 8080
  to_port        = 8080
}

# policy edge->shop, 8080/tcp, return traffic
resource "aws_network_acl_rule" "edge_in_110" {
  network_acl_id = aws_network_acl.edge.id
  rule_number    = 110
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.1.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy internet->edge, 443/tcp
resource "aws_network_acl_rule" "edge_in_120" {
  network_acl_id = aws_network_acl.edge.id
  rule_number    = 120
  egress         = false
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  protocol       = "tcp"
  from_port      = 443
  to_port        = 443
}

# policy internet->edge, 443/tcp, return traffic
resource "aws_network_acl_rule" "edge_out_120" {
  network_acl_id = aws_network_acl.edge.id
  rule_number    = 120
  egress         = true
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy observability->edge, 9090/tcp
resource "aws_network_acl_rule" "edge_in_130" {
  network_acl_id = aws_network_acl.edge.id
  rule_number    = 130
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.9.0/24"
  protocol       = "tcp"
  from_port      = 9090
  to_port        = 9090
}

# policy observability->edge, 9090/tcp, return traffic
resource "aws_network_acl_rule" "edge_out_130" {
  network_acl_id = aws_network_acl.edge.id
  rule_number    = 130
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.9.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# Zone Shop (shop)
resource "aws_network_acl" "shop" {
  vpc_id     = var.vpc_id
  subnet_ids = [var.subnet_ids["shop"]]

  tags = {
    Name              = "zw-shop"
    "zonewright:zone" = "shop"
  }
}

# within zone shop
resource "aws_network_acl_rule" "shop_in_100" {
  network_acl_id = aws_network_acl.shop.id
  rule_number    = 100
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.1.0/24"
  protocol       = "-1"
}

# within zone shop
resource "aws_network_acl_rule" "shop_out_100" {
  network_acl_id = aws_network_acl.shop.id
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.1.0/24"
  protocol       = "-1"
}

# policy edge->shop, 8080/tcp
resource "aws_network_acl_rule" "shop_in_110" {
  network_acl_id = aws_network_acl.shop.id
  rule_number    = 110
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.0.0/24"
  protocol       = "tcp"
  from_port      = 8080
  to_port        = 8080
}

# policy edge->shop, 8080/tcp, return traffic
resource "aws_network_acl_rule" "shop_out_110" {
  network_acl_id = aws_network_acl.shop.id
  rule_number    = 110
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.0.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy observability->shop, 9090/tcp
resource "aws_network_acl_rule" "shop_in_120" {
  network_acl_id = aws_network_acl.shop.id
  rule_number    = 120
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.9.0/24"
  protocol       = "tcp"
  from_port      = 9090
  to_port        = 9090
}

# policy observability->shop, 9090/tcp, return traffic
resource "aws_network_acl_rule" "shop_out_120" {
  network_acl_id = aws_network_acl.shop.id
  rule_number    = 120
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.9.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy shop->data, 5432/tcp
resource "aws_network_acl_rule" "shop_out_130" {
  network_acl_id = aws_network_acl.shop.id
  rule_number    = 130
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.3.0/24"
  protocol       = "tcp"
  from_port      = 5432
  to_port        = 5432
}

# policy shop->data, 5432/tcp, return traffic
resource "aws_network_acl_rule" "shop_in_130" {
  network_acl_id = aws_network_acl.shop.id
  rule_number    = 130
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.3.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy shop->data, 5672/tcp
resource "aws_network_acl_rule" "shop_out_140" {
  network_acl_id = aws_network_acl.shop.id
  rule_number    = 140
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.3.0/24"
  protocol       = "tcp"
  from_port      = 5672
  to_port        = 5672
}

# policy shop->data, 5672/tcp, return traffic
resource "aws_network_acl_rule" "shop_in_140" {
  network_acl_id = aws_network_acl.shop.id
  rule_number    = 140
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.3.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy shop->data, 6379/tcp
resource "aws_network_acl_rule" "shop_out_150" {
  network_acl_id = aws_network_acl.shop.id
  rule_number    = 150
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.3.0/24"
  protocol       = "tcp"
  from_port      = 6379
  to_port        = 6379
}

# policy shop->data, 6379/tcp, return traffic
resource "aws_network_acl_rule" "shop_in_150" {
  network_acl_id = aws_network_acl.shop.id
  rule_number    = 150
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.3.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy shop->payments, 50051/tcp
resource "aws_network_acl_rule" "shop_out_160" {
  network_acl_id = aws_network_acl.shop.id
  rule_number    = 160
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.2.0/24"
  protocol       = "tcp"
  from_port      = 50051
  to_port        = 50051
}

# policy shop->payments, 50051/tcp, return traffic
resource "aws_network_acl_rule" "shop_in_160" {
  network_acl_id = aws_network_acl.shop.id
  rule_number    = 160
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.2.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# Zone Payments (PCI) (payments)
resource "aws_network_acl" "payments" {
  vpc_id     = var.vpc_id
  subnet_ids = [var.subnet_ids["payments"]]

  tags = {
    Name              = "zw-payments"
    "zonewright:zone" = "payments"
  }
}

# within zone payments
resource "aws_network_acl_rule" "payments_in_100" {
  network_acl_id = aws_network_acl.payments.id
  rule_number    = 100
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.2.0/24"
  protocol       = "-1"
}

# within zone payments
resource "aws_network_acl_rule" "payments_out_100" {
  network_acl_id = aws_network_acl.payments.id
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.2.0/24"
  protocol       = "-1"
}

# policy observability->payments, 9090/tcp
resource "aws_network_acl_rule" "payments_in_110" {
  network_acl_id = aws_network_acl.payments.id
  rule_number    = 110
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.9.0/24"
  protocol       = "tcp"
  from_port      = 9090
  to_port        = 9090
}

# policy observability->payments, 9090/tcp, return traffic
resource "aws_network_acl_rule" "payments_out_110" {
  network_acl_id = aws_network_acl.payments.id
  rule_number    = 110
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.9.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy shop->payments, 50051/tcp
resource "aws_network_acl_rule" "payments_in_120" {
  network_acl_id = aws_network_acl.payments.id
  rule_number    = 120
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.1.0/24"
  protocol       = "tcp"
  from_port      = 50051
  to_port        = 50051
}

# policy shop->payments, 50051/tcp, return traffic
resource "aws_network_acl_rule" "payments_out_120" {
  network_acl_id = aws_network_acl.payments.id
  rule_number    = 120
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.1.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# Zone Data (data)
resource "aws_network_acl" "data" {
  vpc_id     = var.vpc_id
  subnet_ids = [var.subnet_ids["data"]]

  tags = {
    Name              = "zw-data"
    "zonewright:zone" = "data"
  }
}

# within zone data
resource "aws_network_acl_rule" "data_in_100" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 100
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.3.0/24"
  protocol       = "-1"
}

# within zone data
resource "aws_network_acl_rule" "data_out_100" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.3.0/24"
  protocol       = "-1"
}

# policy observability->data, 9090/tcp
resource "aws_network_acl_rule" "data_in_110" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 110
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.9.0/24"
  protocol       = "tcp"
  from_port      = 9090
  to_port        = 9090
}

# policy observability->data, 9090/tcp, return traffic
resource "aws_network_acl_rule" "data_out_110" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 110
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.9.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy shop->data, 5432/tcp
resource "aws_network_acl_rule" "data_in_120" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 120
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.1.0/24"
  protocol       = "tcp"
  from_port      = 5432
  to_port        = 5432
}

# policy shop->data, 5432/tcp, return traffic
resource "aws_network_acl_rule" "data_out_120" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 120
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.1.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy shop->data, 5672/tcp
resource "aws_network_acl_rule" "data_in_130" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 130
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.1.0/24"
  protocol       = "tcp"
  from_port      = 5672
  to_port        = 5672
}

# policy shop->data, 5672/tcp, return traffic
resource "aws_network_acl_rule" "data_out_130" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 130
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.1.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy shop->data, 6379/tcp
resource "aws_network_acl_rule" "data_in_140" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 140
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.1.0/24"
  protocol       = "tcp"
  from_port      = 6379
  to_port        = 6379
}

# policy shop->data, 6379/tcp, return traffic
resource "aws_network_acl_rule" "data_out_140" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 140
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.1.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# Zone Observability (observability)
resource "aws_network_acl" "observability" {
  vpc_id     = var.vpc_id
  subnet_ids = [var.subnet_ids["observability"]]

  tags = {
    Name              = "zw-observability"
    "zonewright:zone" = "observability"
  }
}

# within zone observability
resource "aws_network_acl_rule" "observability_in_100" {
  network_acl_id = aws_network_acl.observability.id
  rule_number    = 100
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.9.0/24"
  protocol       = "-1"
}

# within zone observability
resource "aws_network_acl_rule" "observability_out_100" {
  network_acl_id = aws_network_acl.observability.id
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.9.0/24"
  protocol       = "-1"
}

# policy observability->data, 9090/tcp
resource "aws_network_acl_rule" "observability_out_110" {
  network_acl_id = aws_network_acl.observability.id
  rule_number    = 110
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.3.0/24"
  protocol       = "tcp"
  from_port      = 9090
  to_port        = 9090
}

# policy observability->data, 9090/tcp, return traffic
resource "aws_network_acl_rule" "observability_in_110" {
  network_acl_id = aws_network_acl.observability.id
  rule_number    = 110
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.3.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy observability->edge, 9090/tcp
resource "aws_network_acl_rule" "observability_out_120" {
  network_acl_id = aws_network_acl.observability.id
  rule_number    = 120
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.0.0/24"
  protocol       = "tcp"
  from_port      = 9090
  to_port        = 9090
}

# policy observability->edge, 9090/tcp, return traffic
resource "aws_network_acl_rule" "observability_in_120" {
  network_acl_id = aws_network_acl.observability.id
  rule_number    = 120
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.0.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy observability->payments, 9090/tcp
resource "aws_network_acl_rule" "observability_out_130" {
  network_acl_id = aws_network_acl.observability.id
  rule_number    = 130
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.2.0/24"
  protocol       = "tcp"
  from_port      = 9090
  to_port        = 9090
}

# policy observability->payments, 9090/tcp, return traffic
resource "aws_network_acl_rule" "observability_in_130" {
  network_acl_id = aws_network_acl.observability.id
  rule_number    = 130
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.2.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy observability->shop, 9090/tcp
resource "aws_network_acl_rule" "observability_out_140" {
  network_acl_id = aws_network_acl.observability.id
  rule_number    = 140
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.20.1.0/24"
  protocol       = "tcp"
  from_port      = 9090
  to_port        = 9090
}

# policy observability->shop, 9090/tcp, return traffic
resource "aws_network_acl_rule" "observability_in_140" {
  network_acl_id = aws_network_acl.observability.id
  rule_number    = 140
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.20.1.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}
