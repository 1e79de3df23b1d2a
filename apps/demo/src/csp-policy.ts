/** The policy csp.html is served with (header) and carries (meta): the strict CSP. */
export const CSP_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
