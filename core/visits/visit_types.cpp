#include "visits/visit_types.h"

#include "util/encoding.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <random>

namespace lj {

const std::vector<std::string>& observedStates(std::string_view kind) {
    static const std::vector<std::string> asset = {"in_use", "self_use", "idle", "missing"};
    static const std::vector<std::string> project = {"not_started", "unfinished", "complete"};
    static const std::vector<std::string> none;
    return kind == "asset" ? asset : kind == "project" ? project : none;
}

bool isObservedState(std::string_view kind, std::string_view state) {
    const auto& states = observedStates(kind);
    return std::find(states.begin(), states.end(), state) != states.end();
}

Date todayInChina() {
    using namespace std::chrono;
    const auto seconds = duration_cast<std::chrono::seconds>(system_clock::now().time_since_epoch()).count();
    return Date{static_cast<std::int32_t>((seconds + 8 * 3600) / 86400)};
}

std::string newObservationId() {
    // Ids must not collide between workstations that never met: 64 random bits.
    std::random_device device;
    std::array<std::uint8_t, 8> bytes{};
    for (auto& byte : bytes)
        byte = static_cast<std::uint8_t>(device());
    return "V-" + toHex(bytes);
}

} // namespace lj
