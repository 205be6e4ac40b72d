/**
 * The report page: one region's network (or the whole network) as a document to print.
 * The server prints it in Chromium once `data-report` on <html> says `ready`.
 */
const root = document.getElementById('report');
if (root !== null) {
  const heading = document.createElement('h1');
  heading.textContent = 'brugkaart';
  root.append(heading);
  root.setAttribute('aria-busy', 'false');
}
document.documentElement.dataset['report'] = 'ready';
