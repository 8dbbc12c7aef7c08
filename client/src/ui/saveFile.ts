// Saves text as a file from the browser, with no server round trip: a secret, a sealed contribution, a
// document the page built.

export function saveFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers; the URL only lives a minute.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
