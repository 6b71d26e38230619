#pragma once
// A visitor made of lambdas, for std::visit over the query stage's variants.

namespace readout::query::detail {

/// Overload{[](const A&) {...}, [](const B&) {...}}: one callable with every lambda's operator().
template <class... Fs>
struct Overload : Fs... {
    using Fs::operator()...;
};
template <class... Fs>
Overload(Fs...) -> Overload<Fs...>;

}  // namespace readout::query::detail
