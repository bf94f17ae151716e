//! Being written.

use yew::prelude::*;

/// Being written.
#[function_component(ExportPanel)]
pub fn placeholder() -> Html {
    html! {}
}
