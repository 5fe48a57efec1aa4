/**
 * One server job at a time: while a section works, every action button is
 * disabled (scaffolding and exporting the same year at once would print
 * half-built sheets). Focus returns to the button that started the job.
 */
export interface Jobs {
  register(button: HTMLButtonElement): void;
  run(button: HTMLButtonElement, task: () => Promise<void>): Promise<void>;
}

export function createJobs(): Jobs {
  const buttons: HTMLButtonElement[] = [];
  let running = false;
  const setDisabled = (disabled: boolean) => {
    for (const b of buttons) b.disabled = disabled;
  };
  return {
    register: (button) => void buttons.push(button),
    async run(button, task) {
      if (running) return;
      running = true;
      setDisabled(true);
      button.setAttribute("aria-busy", "true");
      try {
        await task();
      } finally {
        running = false;
        setDisabled(false);
        button.removeAttribute("aria-busy");
        const active = document.activeElement;
        if (!active || active === document.body) button.focus();
      }
    },
  };
}
