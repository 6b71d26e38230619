#pragma once
/// \file
/// The io stage in one include: graph formats, atomic files, the actor diagram, errors.

#include "readout/io/dot.hpp"
#include "readout/io/errors.hpp"
#include "readout/io/graph_io.hpp"
