# Security groups made by Zonewright from the design "Kubernetes microservices shop". Export again rather than edit.
# Each connection is an ingress rule on its destination's group and an egress rule on its source's.
# Security groups do not filter the instance metadata service (169.254.169.254): require IMDSv2
# (metadata_options { http_tokens = "required" }) and let the host firewall close it.
