// Stand-in for `@web/test-runner-commands` under Vitest (aliased in vitest.config.ts).
// @open-wc/testing imports these for DOM snapshots, which Tablero does not use: a test that
// tries to take one fails loudly instead of passing without a snapshot.
const unsupported = (name: string) => () => {
  throw new Error(`${name} is a web-test-runner command and is not available under Vitest`);
};

export const getSnapshot = unsupported('getSnapshot');
export const getSnapshotConfig = unsupported('getSnapshotConfig');
export const saveSnapshot = unsupported('saveSnapshot');
