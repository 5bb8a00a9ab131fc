"""asyncio: an event loop, futures, tasks and the tools built on them.

gilvm's stdlib: written for gilvm, not copied from CPython. gilvm has no sockets, so
there are no transports, streams or subprocesses: the loop runs callbacks, timers and
work handed over from other threads (call_soon_threadsafe, run_in_executor, to_thread).
"""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *
from .unix_events import *
from .tasks import create_eager_task_factory, eager_task_factory

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__
           + futures.__all__ + locks.__all__ + queues.__all__ + runners.__all__
           + taskgroups.__all__ + tasks.__all__ + threads.__all__ + timeouts.__all__
           + unix_events.__all__ + ('create_eager_task_factory', 'eager_task_factory'))
