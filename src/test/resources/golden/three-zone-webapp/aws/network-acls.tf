# Network ACLs made by Zonewright from the zone policy of "Three-zone web application". Export again rather than edit.
# Stateless: each allowed crossing also opens its return traffic on ports 1024-65535.
# ACLs do not filter Amazon DNS, DHCP, the metadata service or the time service.

# Zone Public (public)
resource "aws_network_acl" "public" {
  vpc_id     = var.vpc_id
  subnet_ids = [var.subnet_ids["public-a"]]

  tags = {
    Name              = "zw-public"
    "zonewright:zone" = "public"
  }
}

# within zone public
resource "aws_network_acl_rule" "public_in_100" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 100
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.0.1.0/24"
  protocol       = "-1"
}

# within zone public
resource "aws_network_acl_rule" "public_out_100" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.0.1.0/24"
  protocol       = "-1"
}

# policy internet->public, 80/tcp
resource "aws_network_acl_rule" "public_in_110" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 110
  egress         = false
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  protocol       = "tcp"
  from_port      = 80
  to_port        = 80
}

# policy internet->public, 80/tcp, return traffic
resource "aws_network_acl_rule" "public_out_110" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 110
  egress         = true
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy internet->public, 443/tcp
resource "aws_network_acl_rule" "public_in_120" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 120
  egress         = false
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  protocol       = "tcp"
  from_port      = 443
  to_port        = 443
}

# policy internet->public, 443/tcp, return traffic
resource "aws_network_acl_rule" "public_out_120" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 120
  egress         = true
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy management->public, 9090/tcp
resource "aws_network_acl_rule" "public_in_130" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 130
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.0.9.0/24"
  protocol       = "tcp"
  from_port      = 9090
  to_port        = 9090
}

# policy management->public, 9090/tcp, return traffic
resource "aws_network_acl_rule" "public_out_130" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 130
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.0.9.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy public->application, 8080/tcp
resource "aws_network_acl_rule" "public_out_140" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 140
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.0.2.0/24"
  protocol       = "tcp"
  from_port      = 8080
  to_port        = 8080
}

# policy public->application, 8080/tcp, return traffic
resource "aws_network_acl_rule" "public_in_140" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 140
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.0.2.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# Zone Application (application)
resource "aws_network_acl" "application" {
  vpc_id     = var.vpc_id
  subnet_ids = [var.subnet_ids["app-a"]]

  tags = {
    Name              = "zw-application"
    "zonewright:zone" = "application"
  }
}

# within zone application
resource "aws_network_acl_rule" "application_in_100" {
  network_acl_id = aws_network_acl.application.id
  rule_number    = 100
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.0.2.0/24"
  protocol       = "-1"
}

# within zone application
resource "aws_network_acl_rule" "application_out_100" {
  network_acl_id = aws_network_acl.application.id
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.0.2.0/24"
  protocol       = "-1"
}

# policy application->data, 5432/tcp
resource "aws_network_acl_rule" "application_out_110" {
  network_acl_id = aws_network_acl.application.id
  rule_number    = 110
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.0.3.0/24"
  protocol       = "tcp"
  from_port      = 5432
  to_port        = 5432
}

# policy application->data, 5432/tcp, return traffic
resource "aws_network_acl_rule" "application_in_110" {
  network_acl_id = aws_network_acl.application.id
  rule_number    = 110
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.0.3.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy application->data, 6379/tcp
resource "aws_network_acl_rule" "application_out_120" {
  network_acl_id = aws_network_acl.application.id
  rule_number    = 120
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.0.3.0/24"
  protocol       = "tcp"
  from_port      = 6379
  to_port        = 6379
}

# policy application->data, 6379/tcp, return traffic
resource "aws_network_acl_rule" "application_in_120" {
  network_acl_id = aws_network_acl.application.id
  rule_number    = 120
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.0.3.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy management->application, 9090/tcp
resource "aws_network_acl_rule" "application_in_130" {
  network_acl_id = aws_network_acl.application.id
  rule_number    = 130
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.0.9.0/24"
  protocol       = "tcp"
  from_port      = 9090
  to_port        = 9090
}

# policy management->application, 9090/tcp, return traffic
resource "aws_network_acl_rule" "application_out_130" {
  network_acl_id = aws_network_acl.application.id
  rule_number    = 130
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.0.9.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy public->application, 8080/tcp
resource "aws_network_acl_rule" "application_in_140" {
  network_acl_id = aws_network_acl.application.id
  rule_number    = 140
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.0.1.0/24"
  protocol       = "tcp"
  from_port      = 8080
  to_port        = 8080
}

# policy public->application, 8080/tcp, return traffic
resource "aws_network_acl_rule" "application_out_140" {
  network_acl_id = aws_network_acl.application.id
  rule_number    = 140
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.0.1.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# Zone Data (data)
resource "aws_network_acl" "data" {
  vpc_id     = var.vpc_id
  subnet_ids = [var.subnet_ids["data-a"]]

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
  cidr_block     = "10.0.3.0/24"
  protocol       = "-1"
}

# within zone data
resource "aws_network_acl_rule" "data_out_100" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.0.3.0/24"
  protocol       = "-1"
}

# policy application->data, 5432/tcp
resource "aws_network_acl_rule" "data_in_110" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 110
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.0.2.0/24"
  protocol       = "tcp"
  from_port      = 5432
  to_port        = 5432
}

# policy application->data, 5432/tcp, return traffic
resource "aws_network_acl_rule" "data_out_110" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 110
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.0.2.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy application->data, 6379/tcp
resource "aws_network_acl_rule" "data_in_120" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 120
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.0.2.0/24"
  protocol       = "tcp"
  from_port      = 6379
  to_port        = 6379
}

# policy application->data, 6379/tcp, return traffic
resource "aws_network_acl_rule" "data_out_120" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 120
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.0.2.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy management->data, 9090/tcp
resource "aws_network_acl_rule" "data_in_130" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 130
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.0.9.0/24"
  protocol       = "tcp"
  from_port      = 9090
  to_port        = 9090
}

# policy management->data, 9090/tcp, return traffic
resource "aws_network_acl_rule" "data_out_130" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 130
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.0.9.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# Zone Management (management)
resource "aws_network_acl" "management" {
  vpc_id     = var.vpc_id
  subnet_ids = [var.subnet_ids["mgmt-a"]]

  tags = {
    Name              = "zw-management"
    "zonewright:zone" = "management"
  }
}

# within zone management
resource "aws_network_acl_rule" "management_in_100" {
  network_acl_id = aws_network_acl.management.id
  rule_number    = 100
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.0.9.0/24"
  protocol       = "-1"
}

# within zone management
resource "aws_network_acl_rule" "management_out_100" {
  network_acl_id = aws_network_acl.management.id
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.0.9.0/24"
  protocol       = "-1"
}

# policy management->application, 9090/tcp
resource "aws_network_acl_rule" "management_out_110" {
  network_acl_id = aws_network_acl.management.id
  rule_number    = 110
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.0.2.0/24"
  protocol       = "tcp"
  from_port      = 9090
  to_port        = 9090
}

# policy management->application, 9090/tcp, return traffic
resource "aws_network_acl_rule" "management_in_110" {
  network_acl_id = aws_network_acl.management.id
  rule_number    = 110
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.0.2.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy management->data, 9090/tcp
resource "aws_network_acl_rule" "management_out_120" {
  network_acl_id = aws_network_acl.management.id
  rule_number    = 120
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.0.3.0/24"
  protocol       = "tcp"
  from_port      = 9090
  to_port        = 9090
}

# policy management->data, 9090/tcp, return traffic
resource "aws_network_acl_rule" "management_in_120" {
  network_acl_id = aws_network_acl.management.id
  rule_number    = 120
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.0.3.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}

# policy management->public, 9090/tcp
resource "aws_network_acl_rule" "management_out_130" {
  network_acl_id = aws_network_acl.management.id
  rule_number    = 130
  egress         = true
  rule_action    = "allow"
  cidr_block     = "10.0.1.0/24"
  protocol       = "tcp"
  from_port      = 9090
  to_port        = 9090
}

# policy management->public, 9090/tcp, return traffic
resource "aws_network_acl_rule" "management_in_130" {
  network_acl_id = aws_network_acl.management.id
  rule_number    = 130
  egress         = false
  rule_action    = "allow"
  cidr_block     = "10.0.1.0/24"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
}
