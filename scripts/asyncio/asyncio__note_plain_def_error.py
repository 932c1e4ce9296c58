# Like the study note: run_until_complete given the result of a plain def (not a coroutine) fails with TypeError.
import asyncio
def native_coroutine():
    print('네이티브 코루틴 호출')
loop = asyncio.get_event_loop()
loop.run_until_complete(native_coroutine())
loop.close()
