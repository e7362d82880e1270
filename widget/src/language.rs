//! The reader's language inside the components: a Yew context holding the
//! [`Locale`], provided once at the root (the server's page
//! or the widget's mount) and read with [`use_locale`]. Plain helpers that write words
//! take a `&Locale` instead.

use atlas_shared::words::Locale;
use yew::prelude::*;

/// The reader's language; English when no root provided one.
#[hook]
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

#[derive(Properties, PartialEq)]
pub struct InLanguageProps {
    pub locale: Locale,
    #[prop_or_default]
    pub children: Html,
}

/// Everything inside speaks `locale`.
#[function_component]
pub fn InLanguage(props: &InLanguageProps) -> Html {
    html! {
        <ContextProvider<Locale> context={props.locale}>
            { props.children.clone() }
        </ContextProvider<Locale>>
    }
}

/// A server-rendered page's root: `C` with its props, speaking `locale`.
#[cfg(feature = "ssr")]
pub(crate) mod root {
    use super::*;

    #[derive(Properties)]
    pub struct RootProps<C: BaseComponent> {
        pub locale: Locale,
        pub inner: C::Properties,
    }

    impl<C: BaseComponent> PartialEq for RootProps<C> {
        fn eq(&self, other: &Self) -> bool {
            self.locale == other.locale && self.inner == other.inner
        }
    }

    #[function_component]
    pub fn Root<C>(props: &RootProps<C>) -> Html
    where
        C: BaseComponent,
        C::Properties: Clone,
    {
        html! {
            <InLanguage locale={props.locale}>
                <C ..props.inner.clone() />
            </InLanguage>
        }
    }
}

/// The `lang` a GET form must send again, so its answer comes in the same language; nothing
/// when the language is not carried in links.
#[function_component]
pub fn LangField() -> Html {
    let locale = use_locale();
    match locale.form_lang() {
        Some(tag) => html! { <input type="hidden" name="lang" value={tag} /> },
        None => html! {},
    }
}

/// The reader's language from a catalogue the element fetched (the JSON text of
/// `/widget/words/<tag>.json`), or English when there is none (so English links and
/// requests stay as they always were). Each language is read once and kept for the page's
/// life: re-rendering the widget, or a mirror's next comparison, reads nothing again.
#[cfg(any(feature = "csr", feature = "mirror"))]
pub fn locale_of_catalogue(text: Option<&str>) -> Locale {
    use atlas_shared::words::Words;
    use std::cell::RefCell;
    thread_local! {
        static HELD: RefCell<Vec<&'static Words>> = const { RefCell::new(Vec::new()) };
    }
    let Some(words) = text.and_then(|t| crate::json::from_str::<Words>(t).ok()) else {
        return Locale::default();
    };
    let words = HELD.with(|held| {
        let mut held = held.borrow_mut();
        match held.iter().find(|w| w.lang() == words.lang()) {
            Some(w) => *w,
            None => {
                let w: &'static Words = Box::leak(Box::new(words));
                held.push(w);
                w
            }
        }
    });
    Locale::new(words, true)
}
