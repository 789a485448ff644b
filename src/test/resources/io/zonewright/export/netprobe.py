"""Traffic for the packet-level tests, run inside a test network namespace.

listen PORT...          accept TCP connections on each port (and close them) until killed; prints "ready"
probe HOST:PORT...      try each connection at once; prints a JSON object of target -> open, blocked or refused
"""
import errno
import json
import select
import socket
import sys
import threading


def listen(ports):
    socks = []
    for port in ports:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("0.0.0.0", port))
        s.listen(64)
        socks.append(s)
    print("ready", flush=True)
    while True:
        readable, _, _ = select.select(socks, [], [], 1)
        for s in readable:
            conn, _ = s.accept()
            conn.close()


def probe(targets):
    results = {}

    def one(target):
        host, port = target.rsplit(":", 1)
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.settimeout(1.5)
        try:
            s.connect((host, int(port)))
            results[target] = "open"
        except socket.timeout:
            results[target] = "blocked"
        except ConnectionRefusedError:
            results[target] = "refused"
        except OSError as e:
            # The sender's own output chain answers a dropped packet with EPERM at once.
            results[target] = "blocked" if e.errno == errno.EPERM else "error " + str(e)
        finally:
            s.close()

    threads = [threading.Thread(target=one, args=(t,)) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(json.dumps(results, sort_keys=True))


if __name__ == "__main__":
    if sys.argv[1] == "listen":
        listen([int(p) for p in sys.argv[2:]])
    else:
        probe(sys.argv[2:])
