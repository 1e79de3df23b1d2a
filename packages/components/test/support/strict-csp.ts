import { expect } from '@open-wc/testing';

/** The policy every element must work under (issue 3, DESIGN.md convention 10). */
export const STRICT_POLICY =
  "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * A fresh document under STRICT_POLICY with one define module loaded the only way the policy
 * allows (a same-origin module script), and a log of every violation raised from then on.
 * Before returning it proves the policy is enforced and the log sees violations (an inline
 * style is reported, an untrusted innerHTML throws), so an empty log later means compliance,
 * not a blind spot. Pass `new URL('../define/<tag>.ts', import.meta.url).href` from the test.
 */
export async function strictCspFrame(defineModuleUrl: string, tag: string) {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <meta http-equiv="Content-Security-Policy" content="${STRICT_POLICY}">
    <script type="module" src="${defineModuleUrl}"></script></head><body></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  await win.customElements.whenDefined(tag);
  const violations: string[] = [];
  win.document.addEventListener('securitypolicyviolation', (e) =>
    violations.push(`${e.violatedDirective} ${e.sample}`),
  );
  const probe = win.document.createElement('div');
  probe.setAttribute('style', 'color: red');
  expect(() => {
    probe.innerHTML = '<b>x</b>';
  }).to.throw(/TrustedHTML/);
  await nextTask();
  expect(violations.length, 'the inline style attribute is reported').to.be.at.least(1);
  violations.length = 0;
  return { frame, win, violations };
}

/** Violation events are dispatched in a later task. */
export const nextTask = () => new Promise((resolve) => setTimeout(resolve, 50));
