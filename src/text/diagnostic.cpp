#include "readout/text/diagnostic.hpp"

namespace readout {

std::string format(const Diagnostic& d) {
    std::string s;
    if (!d.file.empty()) {
        s += d.file;
        if (d.line) {
            s += ":" + std::to_string(d.line);
            if (d.column) s += ":" + std::to_string(d.column);
        }
        s += ": ";
    }
    switch (d.severity) {
        case Severity::Note: s += "note: "; break;
        case Severity::Warning: s += "warning: "; break;
        case Severity::Error: s += "error: "; break;
    }
    s += d.message;
    return s;
}

}  // namespace readout
