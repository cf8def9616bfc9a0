/* global $, jQuery */
(function () {
  var params = new URLSearchParams(window.location.search);

  function renderProfile(user) {
    // ruleid: js-dom-html-sink
    $(".profile-name").html(user.displayName);
    // ruleid: js-dom-html-sink
    jQuery("#bio").html("<p>" + user.bio + "</p>");
    // ruleid: js-dom-html-sink
    $("<div class='card'>" + user.displayName + "</div>").appendTo("#cards");
  }

  var Backbone = window.Backbone;
  var ItemView = Backbone.View.extend({
    render: function () {
      // ruleid: js-dom-html-sink
      this.$el.html(this.template(this.model.toJSON()));
      return this;
    },
  });

  function showError(el) {
    // ruleid: js-dom-html-sink
    el.outerHTML = '<div class="error">' + params.get("error") + "</div>";
  }

  // ---- safe look-alikes ----
  function renderProfileText(user) {
    // ok: js-dom-html-sink
    $(".profile-name").text(user.displayName);
    // ok: js-dom-html-sink
    var name = $(".profile-name").html();
    // ok: js-dom-html-sink
    $("#bio").html(DOMPurify.sanitize(user.bio));
    // ok: js-dom-html-sink
    $("#cards").append($("<div class='card'>").text(user.displayName));
    // ok: js-dom-html-sink
    $("#row-" + user.id).addClass("active");
    return name;
  }

  function showStaticError(el) {
    // ok: js-dom-html-sink
    el.outerHTML = '<div class="error">Something went wrong</div>';
  }

  window.app = { renderProfile: renderProfile, ItemView: ItemView, showError: showError, renderProfileText: renderProfileText, showStaticError: showStaticError };
})();
