/**
 * One server job at a time: while a section works, every action button is
 * disabled (scaffolding and exporting the same year at once would print
 * half-built sheets). Focus returns to the button that started the job.
 *
 * Gated buttons (creating sheets, exporting) are also kept off while the catalog
 * is missing or has problems: nothing can be made from such a catalog, and the
 * server would only refuse. Each gated button shows the reason in one line.
 */
export interface Jobs {
  /** `reason`: the line under a gated button that says why it is off. */
  register(button: HTMLButtonElement, gate?: { reason: HTMLElement }): void;
  run(button: HTMLButtonElement, task: () => Promise<void>): Promise<void>;
  /** Turns the gate on with the reason shown under gated buttons, or off with null. */
  gate(reason: string | null): void;
}

interface Registered {
  button: HTMLButtonElement;
  reason?: HTMLElement;
}

export function createJobs(): Jobs {
  const registered: Registered[] = [];
  let running = false;
  let gate: string | null = null;
  const refresh = () => {
    for (const { button, reason } of registered) {
      button.disabled = running || (reason !== undefined && gate !== null);
      if (reason) {
        reason.textContent = gate ?? "";
        reason.hidden = gate === null;
      }
    }
  };
  return {
    register(button, options) {
      registered.push({ button, reason: options?.reason });
      refresh();
    },
    gate(reason) {
      gate = reason;
      refresh();
    },
    async run(button, task) {
      // A disabled button cannot be clicked, but a form can still be submitted by a script or a stale event.
      if (running || button.disabled) return;
      running = true;
      refresh();
      button.setAttribute("aria-busy", "true");
      try {
        await task();
      } finally {
        running = false;
        refresh();
        button.removeAttribute("aria-busy");
        const active = document.activeElement;
        if ((!active || active === document.body) && !button.disabled) button.focus();
      }
    },
  };
}
