/**
 * Adds the app's Content-Security-Policy to a response's headers: the same policy as the web host's (a unit
 * test keeps them equal): no remote origins, no inline script; inline styles stay allowed because React style
 * props and the chart library set them; workers (PDF.js, the PDF writer) are our own bundled files, allowed by
 * script-src 'self'. The policy is one literal at the assignment on purpose: electronegativity
 * (npm run security) then evaluates exactly the policy we send.
 */
export function withContentSecurityPolicy(headers: Record<string, string>): Record<string, string> {
  headers['Content-Security-Policy'] =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'";
  return headers;
}
