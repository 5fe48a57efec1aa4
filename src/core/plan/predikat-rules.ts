import { PREDIKAT_LABEL, type Skala } from "../rules/predikat";
import type { Area, ConditionalTextRule } from "../sheet/types";
import { PREDIKAT_COLORS } from "./styles";

/** One colour rule per predikat label, over the predikat cells of `area`. */
export function predikatRules(area: Area, skala: Skala): ConditionalTextRule[] {
  return PREDIKAT_LABEL[skala].map((text, i) => ({ area, text, ...(PREDIKAT_COLORS[i] as { background: string; fontColor: string }) }));
}
