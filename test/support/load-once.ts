/**
 * A library from Node's own module cache, loaded once per Jest worker (test/support/environment.cjs)
 * instead of once per test file; outside Jest, a plain require. Only for large libraries that keep
 * no state between files and never test a value the test made with instanceof: such a library
 * lives outside the test file's realm, so [] instanceof Array is false there (HyperFormula
 * refuses the test's arrays; it stays an ordinary import).
 */
declare const nativeRequire: NodeJS.Require | undefined;

export function loadOnce<T>(name: string): T {
  return (typeof nativeRequire === "function" ? nativeRequire : require)(name) as T;
}
