"""asyncio's logger.

gilvm's stdlib: written for gilvm, not copied from CPython.
"""

import logging

logger = logging.getLogger(__package__)
