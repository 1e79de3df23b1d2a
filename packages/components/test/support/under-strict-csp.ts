/** The policy issue 3 names: no inline script or style, and Trusted Types for DOM sinks. */
export const STRICT_CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * Loads a define module into a fresh iframe document whose only scripts and styles are those
 * the strict policy allows, renders `markup` there, and collects every violation the browser
 * raises, so a test can assert there were none.
 */
export async function underStrictCsp(tag: string, moduleUrl: string, markup: string) {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">
    <script type="module" src="${moduleUrl}"></script></head><body>${markup}</body></html>`;
  const violations: string[] = [];
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  win.document.addEventListener('securitypolicyviolation', (e) =>
    violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
  );
  await win.customElements.whenDefined(tag);
  const el = win.document.querySelector(tag) as HTMLElement & {
    updateComplete: Promise<boolean>;
  };
  await el.updateComplete;
  return { frame, win, el, violations };
}
