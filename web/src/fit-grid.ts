/**
 * The grid fits the first screen: its side is the window's height less what stands above it
 * (the title, the controls, the tabs), so a projector shows Play, the grid and the clock without
 * scrolling. What stands above depends on how the controls wrap at the window's width (three rows
 * of them on a 1024-pixel projector, two on a wider screen), so it is measured rather than
 * guessed; the stylesheet reads it as --above-grid. An opened teaching note is not counted: the
 * grid should not shrink because someone is reading the note.
 */
export function fitGridToScreen(grid: HTMLElement, note: HTMLDetailsElement): void {
  const measure = () => {
    // A hidden view (another tab shown) has no layout: keep the last measure.
    if (grid.getClientRects().length === 0) return;
    const top = grid.getBoundingClientRect().top + window.scrollY;
    const summary = note.querySelector('summary');
    const noteBody = note.open && summary ? note.getBoundingClientRect().height - summary.getBoundingClientRect().height : 0;
    const above = Math.round(top - noteBody);
    if (above > 0) document.documentElement.style.setProperty('--above-grid', `${above}px`);
  };
  measure();
  window.addEventListener('resize', measure);
}
