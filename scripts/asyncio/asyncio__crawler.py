# Checks a small crawler: worker tasks share a Queue of links, fetch fake pages under a Semaphore, stop with join() and cancel(), and collect results and 404 errors.
import asyncio

PAGES = {
    "/": ["/소개", "/글", "/연락처"],
    "/소개": ["/", "/팀"],
    "/글": ["/글/1", "/글/2", "/없는-글"],
    "/글/1": ["/글/2", "/"],
    "/글/2": ["/글/1", "/깨진-링크"],
    "/팀": [],
    "/연락처": ["/"],
}


class NotFound(Exception):
    pass


async def fetch(url, sem, stats):
    async with sem:
        stats["active"] += 1
        stats["peak"] = max(stats["peak"], stats["active"])
        stats["fetches"] += 1
        await asyncio.sleep(0.005)
        stats["active"] -= 1
    if url not in PAGES:
        raise NotFound(f"404 {url}")
    return PAGES[url]


async def crawl(start, workers, limit):
    sem = asyncio.Semaphore(limit)
    queue = asyncio.Queue()
    seen = {start}
    queue.put_nowait((start, 0))
    results = {}
    errors = []
    stats = {"active": 0, "peak": 0, "fetches": 0}

    async def worker():
        while True:
            url, depth = await queue.get()
            try:
                links = await fetch(url, sem, stats)
                results[url] = (depth, len(links))
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        await queue.put((link, depth + 1))
            except NotFound as e:
                errors.append(str(e))
            finally:
                queue.task_done()

    tasks = [asyncio.create_task(worker(), name=f"일꾼-{i}") for i in range(workers)]
    await queue.join()
    for t in tasks:
        t.cancel()
    ended = await asyncio.gather(*tasks, return_exceptions=True)
    print("workers:", [type(x).__name__ for x in ended], all(t.cancelled() for t in tasks))
    return results, sorted(errors), stats


async def main():
    for workers, limit in [(1, 1), (4, 2), (8, 3)]:
        results, errors, stats = await crawl("/", workers, limit)
        print(f"일꾼 {workers}명, 동시 {limit}개: 페이지 {len(results)}개, 요청 {stats['fetches']}번, 최대 동시 {stats['peak']}")
        for url in sorted(results):
            depth, n = results[url]
            print(f"  {url:<6} 깊이={depth} 링크={n}")
        print("  오류:", errors)
    titles = await asyncio.gather(*(asyncio.sleep(0.001 * i, result=f"제목{i}") for i in (3, 1, 2)))
    print(titles)


asyncio.run(main())
