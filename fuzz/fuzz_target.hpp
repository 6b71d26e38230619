#pragma once
// READOUT_FUZZ_TARGET(name) opens a harness's entry point: LLVMFuzzerTestOneInput in a libFuzzer
// build (fuzz/CMakeLists.txt), or readout_fuzz_<name>() when the harnesses are compiled into the
// regression test (tests/fuzz/), which replays the seed corpus and every crash input found.
#include <cstddef>
#include <cstdint>

#ifdef READOUT_FUZZ_REGRESSION
#define READOUT_FUZZ_TARGET(name) int readout_fuzz_##name(const std::uint8_t* data, std::size_t size)
#else
#define READOUT_FUZZ_TARGET(name) extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
#endif
