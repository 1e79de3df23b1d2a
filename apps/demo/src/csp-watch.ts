// Imported first by csp.ts, so the listener is in place before any element is defined.
export interface SeenViolation {
  directive: string;
  blocked: string;
  sample: string;
}

export const violations: SeenViolation[] = [];
const listeners = new Set<() => void>();

export function onViolation(listener: () => void): void {
  listeners.add(listener);
}

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
  });
  for (const listener of listeners) listener();
});
