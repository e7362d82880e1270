//! The reader's language inside the components: a Yew context holding the
//! [`Locale`](atlas_shared::words::Locale), provided once at the root (the server's page
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
