# Checks that raise SystemExit("message") prints the message to stderr and exits with status 1.
def validate(config):
    if "name" not in config:
        raise SystemExit("설정 오류: name is missing")
    return config["name"]

configs = [{"name": "tikitaka"}, {"name": "티키타카", "version": 2}, {"version": 1}]
print("validating", len(configs), "configs")
try:
    validate({})
except SystemExit as err:
    print("caught SystemExit once:", err.code)
for number, config in enumerate(configs, 1):
    print("config", number)
    print("  name:", validate(config))
print("never printed")
