#pragma once

#include <QHash>
#include <QVector>

namespace Density::Sim {

class SimJsonWriter;
class SimStore;

//! JSON shapes of the store's entities (REFERENCE §4.10-4.17). Nesting is cut at one level:
//! a label's group is {id, name, labels: []}, a group's labels are {id, name}, a space's labels
//! carry no space list. Absent optional members are left out rather than sent as null where
//! the schema does not allow null.
namespace SimJson {

void writeSpace(SimJsonWriter &w, const SimStore &store, int space);
//! Which spaces carry each label, and their current counts, computed once per request (a space
//! usually carries several labels; 50,000 spaces would otherwise be counted several times).
struct LabelIndex {
    QHash<int, QVector<int>> spaces; //!< label index -> space indices
    QHash<int, int> counts;          //!< space index -> count now
};
LabelIndex labelIndex(const SimStore &store);

//! With `withSpaces`, `spaces` lists {id, name, current_count} for each labelled space.
void writeLabel(SimJsonWriter &w, const SimStore &store, int label, bool withSpaces,
                const LabelIndex *index = nullptr);
void writeLabelGroup(SimJsonWriter &w, const SimStore &store, int group);
void writeSensor(SimJsonWriter &w, const SimStore &store, int sensor);
void writeUser(SimJsonWriter &w, const SimStore &store, int user);
void writeDoorway(SimJsonWriter &w, const SimStore &store, int doorway);

} // namespace SimJson

} // namespace Density::Sim
