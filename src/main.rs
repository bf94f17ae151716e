//! Browser entry point: renders the app into the page body.

fn main() {
    yew::Renderer::<pop3_playground::App>::new().render();
}
