import { AsyncQueue } from './async-queue';

describe('AsyncQueue (the push side of a subscription)', () => {
  it('hands out pushed values in order, to waiting and to later readers alike', async () => {
    const queue = new AsyncQueue<number>();
    const waiting = queue.next();
    queue.push(1);
    queue.push(2);
    queue.push(3);
    expect(await waiting).toEqual({ value: 1, done: false });
    expect(await queue.next()).toEqual({ value: 2, done: false });
    expect(await queue.next()).toEqual({ value: 3, done: false });
  });

  it('return() ends it once: waiting readers get done, later pushes are dropped, onEnd runs exactly once', async () => {
    const onEnd = jest.fn();
    const queue = new AsyncQueue<number>(onEnd);
    const waiting = queue.next();
    await queue.return();
    await queue.return();
    queue.push(4);
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(await queue.next()).toEqual({ value: undefined, done: true });
    expect(queue.done).toBe(true);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('fail() delivers the values already queued, then the error', async () => {
    const queue = new AsyncQueue<number>();
    queue.push(1);
    queue.fail(new Error('closed'));
    expect(await queue.next()).toEqual({ value: 1, done: false });
    await expect(queue.next()).rejects.toThrow('closed');
    expect(await queue.next()).toEqual({ value: undefined, done: true });
  });

  it('is its own async iterator (for await … of)', async () => {
    const queue = new AsyncQueue<string>();
    queue.push('a');
    queue.push('b');
    const seen: string[] = [];
    for await (const value of queue) {
      seen.push(value);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(['a', 'b']);
    expect(queue.done).toBe(true);
  });
});
