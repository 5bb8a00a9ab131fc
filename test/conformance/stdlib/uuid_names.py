# uuid3 and uuid5: name-based UUIDs from MD5 and SHA-1 (hashlib, usedforsecurity=False)
import uuid

for ns_name in ("NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500"):
    ns = getattr(uuid, ns_name)
    for name in ("python.org", "", "ünïcödé", "a" * 200):
        u3 = uuid.uuid3(ns, name)
        u5 = uuid.uuid5(ns, name)
        print(ns_name, repr(name[:12]), u3, u3.version, u5, u5.version, u5.variant)

# bytes names are accepted as they are
print(uuid.uuid3(uuid.NAMESPACE_DNS, b"python.org") == uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, b"\x00\xff"))

# deterministic: the same inputs, the same UUID
print(uuid.uuid5(uuid.NAMESPACE_DNS, "x") == uuid.uuid5(uuid.NAMESPACE_DNS, "x"))
print(uuid.uuid3(uuid.uuid5(uuid.NAMESPACE_DNS, "nested"), "child").hex)

try:
    uuid.uuid3("not a uuid", "x")
except AttributeError as e:
    print("AttributeError", e)
