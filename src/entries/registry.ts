import { CUSTOM_FUNCTIONS } from "../functions/definitions";
import { fromCustomFunction, type EntryPoint } from "./entry-point";

/** Every global of dist/Code.js, in one place: add an entry here and the build writes its stub. */
export const ENTRY_POINTS: readonly EntryPoint[] = [...CUSTOM_FUNCTIONS.map(fromCustomFunction)];
