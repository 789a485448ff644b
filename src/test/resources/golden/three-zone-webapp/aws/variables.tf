# Made by Zonewright: what the security groups and network ACLs need from the account.
variable "vpc_id" {
  description = "The VPC of the security groups and network ACLs."
  type        = string
}

variable "subnet_ids" {
  description = "The id of each subnet the design names: app-a, data-a, mgmt-a, public-a."
  type        = map(string)
}
