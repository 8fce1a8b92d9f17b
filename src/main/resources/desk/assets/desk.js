// The desk's one script of its own: the copy button next to a LinkedIn note (LinkedIn takes no
// text in a link, so the note is pasted). Everything else works without JavaScript.
document.addEventListener("click", function (event) {
  var button = event.target.closest("button[data-copy]");
  if (!button) {
    return;
  }
  var source = document.getElementById(button.getAttribute("data-copy"));
  if (!source || !navigator.clipboard) {
    return;
  }
  navigator.clipboard.writeText(source.value !== undefined ? source.value : source.textContent)
    .then(function () {
      button.setAttribute("data-copied", "true");
      var done = button.getAttribute("data-done");
      if (done) {
        button.textContent = done;
      }
    });
});
