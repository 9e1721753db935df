#pragma once
// A case's state: the four ways a lead (问题线索) is handled, 谈话函询, 初步核实, 暂存待查 and
// 予以了结, plus 立案审查, each a proposal of the case handler that a supervisor approves or returns.
//
//   new ──► inquiry | verification | pending | closed | filed     (handler proposes; review pending)
//   inquiry, verification, pending ──► any other of the five       (once the supervisor has decided)
//   pending review ──approve──► the state stands (review approved)
//   pending review ──return───► back to the state before the proposal (review returned), the handler
//                               proposes again
//   closed or filed, approved: final, no further transition
//
// The supervisor who approves or returns must not be the user who proposed. Comments are always
// allowed. Checks return Ok or an English sentence saying why not.
#include "util/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lj {

enum class CaseState {
    New,          // 新建, not yet handled
    Inquiry,      // 谈话函询
    Verification, // 初步核实
    Pending,      // 暂存待查
    Closed,       // 予以了结
    Filed,        // 立案审查
};

enum class ReviewStatus { None, Pending, Approved, Returned };
enum class ReviewKind { Comment, Approve, Return };

std::string_view caseStateName(CaseState state); // "new", "inquiry", … (stored, CLI)
std::optional<CaseState> caseStateFromName(std::string_view name);
std::string_view caseStateChinese(CaseState state); // "谈话函询", …
const std::vector<CaseState>& allCaseStates();

std::string_view reviewStatusName(ReviewStatus status); // "none", "pending", "approved", "returned"
std::optional<ReviewStatus> reviewStatusFromName(std::string_view name);
std::string_view reviewKindName(ReviewKind kind); // "comment", "approve", "return"
std::optional<ReviewKind> reviewKindFromName(std::string_view name);

struct CaseStatus {
    CaseState state = CaseState::New;
    ReviewStatus review = ReviewStatus::None;
    std::string proposedBy; // who proposed the state under review
};

// Whether the handler may propose `to` now.
[[nodiscard]] Status checkTransition(const CaseStatus& current, CaseState to);
// The states checkTransition allows, in enum order.
std::vector<CaseState> allowedTransitions(const CaseStatus& current);
// Whether `reviewer` may approve or return now (comments are always allowed).
[[nodiscard]] Status checkReview(const CaseStatus& current, ReviewKind kind, std::string_view reviewer);
// A closed or filed case whose proposal was approved.
bool isFinal(const CaseStatus& current);

} // namespace lj
