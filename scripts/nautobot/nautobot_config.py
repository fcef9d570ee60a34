"""Nautobot configuration for the lb-ui local/CI test server (loopback only).

Used by scripts/nautobot/*.sh via NAUTOBOT_CONFIG. Every value can be overridden
with Nautobot's usual NAUTOBOT_* environment variables; the defaults below just
point at the local PostgreSQL/Redis the harness expects.
"""

import os

# Defaults for Nautobot's own env-driven settings (set before the star import so
# nautobot.core.settings picks them up; an exported NAUTOBOT_* value wins).
_DEFAULTS = {
    "NAUTOBOT_DB_NAME": "lbui_nautobot",
    "NAUTOBOT_DB_USER": "postgres",
    "NAUTOBOT_DB_PASSWORD": "",
    "NAUTOBOT_DB_HOST": "127.0.0.1",
    "NAUTOBOT_DB_PORT": "5432",
    "NAUTOBOT_REDIS_HOST": "127.0.0.1",
    "NAUTOBOT_REDIS_PORT": "6379",
    "NAUTOBOT_ALLOWED_HOSTS": "*",
    "NAUTOBOT_INSTALLATION_METRICS_ENABLED": "false",
    "NAUTOBOT_DEBUG": "false",
}
for _key, _value in _DEFAULTS.items():
    os.environ.setdefault(_key, _value)

from nautobot.core.settings import *  # noqa: E402,F401,F403
from nautobot.core.settings_funcs import is_truthy  # noqa: E402

# Loopback test server only: a fixed development key is fine here.
SECRET_KEY = os.getenv("NAUTOBOT_SECRET_KEY") or "lbui-dev-only-not-secret-0123456789abcdefghijklmnopqrstuvwxyz"

ALLOWED_HOSTS = os.environ["NAUTOBOT_ALLOWED_HOSTS"].split(" ")
DEBUG = is_truthy(os.environ["NAUTOBOT_DEBUG"])
INSTALLATION_METRICS_ENABLED = is_truthy(os.environ["NAUTOBOT_INSTALLATION_METRICS_ENABLED"])

# MAX_PAGE_SIZE (1000), PAGINATE_COUNT (50) and STRICT_FILTERING (True) are left
# at Nautobot's defaults on purpose: the UI is tested against stock behaviour.
# No CORS settings: the Next.js server-side proxy is the only client.

# Two servers on different databases share the local Redis: keep their caches apart.
CACHES["default"]["KEY_PREFIX"] = os.environ["NAUTOBOT_DB_NAME"]  # noqa: F405
