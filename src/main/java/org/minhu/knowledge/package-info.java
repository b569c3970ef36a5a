/**
 * Knowledge: the policy knowledge base (政策知识库) the 12345 operators answer from. Articles with
 * versions, validity, owners who review them and the effectiveness of their answers; searched as
 * the operator types; emergency topics (紧急专题) whose articles every operator sees first.
 * Provides {@link org.minhu.ticket.ArticleCheck} to the ticket module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "directory", "dispatch", "ticket", "insight"})
package org.minhu.knowledge;
