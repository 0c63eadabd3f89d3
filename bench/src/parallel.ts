/** `task(i)` for every i below `count`, at most `parallel` at a time; the results in order of i. */
export async function inParallel<T>(count: number, parallel: number, task: (i: number) => Promise<T>) {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, worker));
  return results;
}
