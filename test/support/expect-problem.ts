import { RuleProblem } from "../../src/core/rules/problem";

/** Expects `f` to throw a RuleProblem with this code, blaming this argument. */
export function expectProblem(f: () => unknown, code: string, argument: string): void {
  let caught: unknown;
  try {
    f();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(RuleProblem);
  expect((caught as RuleProblem).code).toBe(code);
  expect((caught as RuleProblem).argument).toBe(argument);
}
