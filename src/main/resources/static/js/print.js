// The review page's print button: the browser's own print dialog (and its "save as PDF").
document.getElementById('print')?.addEventListener('click', () => window.print());
