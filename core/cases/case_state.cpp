#include "cases/case_state.h"

#include <array>

namespace lj {

namespace {

struct StateNames {
    CaseState state;
    std::string_view name, chinese;
};

constexpr std::array<StateNames, 6> kStates = {{
    {CaseState::New, "new", "新建"},
    {CaseState::Inquiry, "inquiry", "谈话函询"},
    {CaseState::Verification, "verification", "初步核实"},
    {CaseState::Pending, "pending", "暂存待查"},
    {CaseState::Closed, "closed", "予以了结"},
    {CaseState::Filed, "filed", "立案审查"},
}};

constexpr std::array<std::string_view, 4> kReviewStatuses = {"none", "pending", "approved", "returned"};
constexpr std::array<std::string_view, 3> kReviewKinds = {"comment", "approve", "return"};

std::string quoted(CaseState state) {
    return std::string(caseStateName(state)) + " (" + std::string(caseStateChinese(state)) + ")";
}

} // namespace

std::string_view caseStateName(CaseState state) {
    return kStates[static_cast<std::size_t>(state)].name;
}

std::string_view caseStateChinese(CaseState state) {
    return kStates[static_cast<std::size_t>(state)].chinese;
}

std::optional<CaseState> caseStateFromName(std::string_view name) {
    for (const StateNames& entry : kStates)
        if (entry.name == name || entry.chinese == name) return entry.state;
    return std::nullopt;
}

const std::vector<CaseState>& allCaseStates() {
    static const std::vector<CaseState> states = {CaseState::New,          CaseState::Inquiry,
                                                  CaseState::Verification, CaseState::Pending,
                                                  CaseState::Closed,       CaseState::Filed};
    return states;
}

std::string_view reviewStatusName(ReviewStatus status) {
    return kReviewStatuses[static_cast<std::size_t>(status)];
}

std::optional<ReviewStatus> reviewStatusFromName(std::string_view name) {
    for (std::size_t i = 0; i < kReviewStatuses.size(); ++i)
        if (kReviewStatuses[i] == name) return static_cast<ReviewStatus>(i);
    return std::nullopt;
}

std::string_view reviewKindName(ReviewKind kind) {
    return kReviewKinds[static_cast<std::size_t>(kind)];
}

std::optional<ReviewKind> reviewKindFromName(std::string_view name) {
    for (std::size_t i = 0; i < kReviewKinds.size(); ++i)
        if (kReviewKinds[i] == name) return static_cast<ReviewKind>(i);
    return std::nullopt;
}

bool isFinal(const CaseStatus& current) {
    return (current.state == CaseState::Closed || current.state == CaseState::Filed) &&
           current.review == ReviewStatus::Approved;
}

Status checkTransition(const CaseStatus& current, CaseState to) {
    if (current.review == ReviewStatus::Pending)
        return fail("the proposal " + quoted(current.state) +
                    " awaits the supervisor's decision: it must be approved or returned first");
    if (isFinal(current))
        return fail("the case is " + quoted(current.state) + ", approved: a decided case is not reopened");
    if (to == CaseState::New) return fail("a case cannot go back to new (新建)");
    if (to == current.state) return fail("the case is already " + quoted(to));
    return Ok{};
}

std::vector<CaseState> allowedTransitions(const CaseStatus& current) {
    std::vector<CaseState> states;
    for (CaseState state : allCaseStates())
        if (checkTransition(current, state)) states.push_back(state);
    return states;
}

Status checkReview(const CaseStatus& current, ReviewKind kind, std::string_view reviewer) {
    if (reviewer.empty()) return fail("a review needs the reviewer's name");
    if (kind == ReviewKind::Comment) return Ok{};
    if (current.review != ReviewStatus::Pending)
        return fail("nothing to " + std::string(reviewKindName(kind)) +
                    ": no proposal awaits review (the case is " + quoted(current.state) + ", review " +
                    std::string(reviewStatusName(current.review)) + ")");
    if (reviewer == current.proposedBy)
        return fail("the supervisor must be someone else than " + current.proposedBy + ", who proposed " +
                    quoted(current.state));
    return Ok{};
}

} // namespace lj
