# Network ACLs made by Zonewright from the zone policy of "Flawed design". Export again rather than edit.
# Stateless: each allowed crossing also opens its return traffic on ports 1024-65535.
# ACLs do not filter Amazon DNS, DHCP, the metadata service or the time service.

# Zone DMZ (dmz)
resource "aws_network_acl" "dmz" {
  vpc_id     = var.vpc_id
  subnet_ids = [var.subnet_ids["dmz"]]

  tags = {
    Name              = "zw-dmz"
    "zonewright:zone" = "dmz"
  }
}

# within zone dmz
resource "aws_network_acl_rule" "dmz_in_100" {
  network_acl_id = aws_network_acl.dmz.id
  rule_number    = 100
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.1.1.0/24"
  protocol       = "-1"
}

# within zone dmz
resource "aws_network_acl_rule" "dmz_out_100" {
  network_acl_id = aws_network_acl.dmz.id
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.1.1.0/24"
  protocol       = "-1"
}

# policy dmz->app, 8080/tcp
resource "aws_network_acl_rule" "dmz_out_110" {
  network_acl_id = aws_network_acl.dmz.id
  rule_number    = 110
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.1.2.0/24"
  protocol       = "tcp"
  from_port      = 8080
  to_port        = 8080
}

# policy dmz->app, 8080/tcp, return traffic
resource "aws_network_acl_rule" "dmz_in_110" {
  network_acl_id = aws_network_acl.dmz.id
  rule_number    = 110
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.1.2.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy internet->dmz, 443/tcp
resource "aws_network_acl_rule" "dmz_in_120" {
  network_acl_id = aws_network_acl.dmz.id
  rule_number    = 120
  egress         = false
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  protocol       = "tcp"
  from_port      = 443
  to_port        = 443
}

# policy internet->dmz, 443/tcp, return traffic
resource "aws_network_acl_rule" "dmz_out_120" {
  network_acl_id = aws_network_acl.dmz.id
  rule_number    = 120
  egress         = true
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy ops->dmz, any
resource "aws_network_acl_rule" "dmz_in_130" {
  network_acl_id = aws_network_acl.dmz.id
  rule_number    = 130
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.1.9.0/24"
  protocol       = "-1"
}

# policy ops->dmz, any, return traffic
resource "aws_network_acl_rule" "dmz_out_130" {
  network_acl_id = aws_network_acl.dmz.id
  rule_number    = 130
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.1.9.0/24"
  protocol       = "-1"
}

# Zone Application (app)
resource "aws_network_acl" "app" {
  vpc_id     = var.vpc_id
  subnet_ids = [var.subnet_ids["app"]]

  tags = {
    Name              = "zw-app"
    "zonewright:zone" = "app"
  }
}

# within zone app
resource "aws_network_acl_rule" "app_in_100" {
  network_acl_id = aws_network_acl.app.id
  rule_number    = 100
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.1.2.0/24"
  protocol       = "-1"
}

# within zone app
resource "aws_network_acl_rule" "app_out_100" {
  network_acl_id = aws_network_acl.app.id
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.1.2.0/24"
  protocol       = "-1"
}

# policy app->data, 5432/tcp
resource "aws_network_acl_rule" "app_out_110" {
  network_acl_id = aws_network_acl.app.id
  rule_number    = 110
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.1.3.0/24"
  protocol       = "tcp"
  from_port      = 5432
  to_port        = 5432
}

# policy app->data, 5432/tcp, return traffic
resource "aws_network_acl_rule" "app_in_110" {
  network_acl_id = aws_network_acl.app.id
  rule_number    = 110
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.1.3.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy app->data, 6379/tcp
resource "aws_network_acl_rule" "app_out_120" {
  network_acl_id = aws_network_acl.app.id
  rule_number    = 120
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.1.3.0/24"
  protocol       = "tcp"
  from_port      = 6379
  to_port        = 6379
}

# policy app->data, 6379/tcp, return traffic
resource "aws_network_acl_rule" "app_in_120" {
  network_acl_id = aws_network_acl.app.id
  rule_number    = 120
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.1.3.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy dmz->app, 8080/tcp
resource "aws_network_acl_rule" "app_in_130" {
  network_acl_id = aws_network_acl.app.id
  rule_number    = 130
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.1.1.0/24"
  protocol       = "tcp"
  from_port      = 8080
  to_port        = 8080
}

# policy dmz->app, 8080/tcp, return traffic
resource "aws_network_acl_rule" "app_out_130" {
  network_acl_id = aws_network_acl.app.id
  rule_number    = 130
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.1.1.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy ops->app, any
resource "aws_network_acl_rule" "app_in_140" {
  network_acl_id = aws_network_acl.app.id
  rule_number    = 140
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.1.9.0/24"
  protocol       = "-1"
}

# policy ops->app, any, return traffic
resource "aws_network_acl_rule" "app_out_140" {
  network_acl_id = aws_network_acl.app.id
  rule_number    = 140
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.1.9.0/24"
  protocol       = "-1"
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
  cidr_block     = "10.1.3.0/24"
  protocol       = "-1"
}

# within zone data
resource "aws_network_acl_rule" "data_out_100" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.1.3.0/24"
  protocol       = "-1"
}

# policy app->data, 5432/tcp
resource "aws_network_acl_rule" "data_in_110" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 110
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.1.2.0/24"
  protocol       = "tcp"
  from_port      = 5432
  to_port        = 5432
}

# policy app->data, 5432/tcp, return traffic
resource "aws_network_acl_rule" "data_out_110" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 110
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.1.2.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy app->data, 6379/tcp
resource "aws_network_acl_rule" "data_in_120" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 120
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.1.2.0/24"
  protocol       = "tcp"
  from_port      = 6379
  to_port        = 6379
}

# policy app->data, 6379/tcp, return traffic
resource "aws_network_acl_rule" "data_out_120" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 120
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.1.2.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy ops->data, any
resource "aws_network_acl_rule" "data_in_130" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 130
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.1.9.0/24"
  protocol       = "-1"
}

# policy ops->data, any, return traffic
resource "aws_network_acl_rule" "data_out_130" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 130
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.1.9.0/24"
  protocol       = "-1"
}

# Zone Operations (ops)
resource "aws_network_acl" "ops" {
  vpc_id     = var.vpc_id
  subnet_ids = [var.subnet_ids["ops"]]

  tags = {
    Name              = "zw-ops"
    "zonewright:zone" = "ops"
  }
}

# within zone ops
resource "aws_network_acl_rule" "ops_in_100" {
  network_acl_id = aws_network_acl.ops.id
  rule_number    = 100
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.1.9.0/24"
  protocol       = "-1"
}

# within zone ops
resource "aws_network_acl_rule" "ops_out_100" {
  network_acl_id = aws_network_acl.ops.id
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.1.9.0/24"
  protocol       = "-1"
}

# policy ops->app, any
resource "aws_network_acl_rule" "ops_out_110" {
  network_acl_id = aws_network_acl.ops.id
  rule_number    = 110
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.1.2.0/24"
  protocol       = "-1"
}

# policy ops->app, any, return traffic
resource "aws_network_acl_rule" "ops_in_110" {
  network_acl_id = aws_network_acl.ops.id
  rule_number    = 110
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.1.2.0/24"
  protocol       = "-1"
}

# policy ops->data, any
resource "aws_network_acl_rule" "ops_out_120" {
  network_acl_id = aws_network_acl.ops.id
  rule_number    = 120
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.1.3.0/24"
  protocol       = "-1"
}

# policy ops->data, any, return traffic
resource "aws_network_acl_rule" "ops_in_120" {
  network_acl_id = aws_network_acl.ops.id
  rule_number    = 120
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.1.3.0/24"
  protocol       = "-1"
}

# policy ops->dmz, any
resource "aws_network_acl_rule" "ops_out_130" {
  network_acl_id = aws_network_acl.ops.id
  rule_number    = 130
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.1.1.0/24"
  protocol       = "-1"
}

# policy ops->dmz, any, return traffic
resource "aws_network_acl_rule" "ops_in_130" {
  network_acl_id = aws_network_acl.ops.id
  rule_number    = 130
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.1.1.0/24"
  protocol       = "-1"
}
